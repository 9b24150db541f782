package io.kiosk24.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk24.fleet.protocol.FleetJson;
import io.kiosk24.fleet.protocol.FleetTopics;
import io.kiosk24.fleet.protocol.TerminalState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console with its embedded broker over real TCP, spoken to by a plain MQTT client. */
class ConsoleIT {
  @TempDir static Path dir;
  static Console console;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startConsole() throws Exception {
    console =
        Console.start(
            new Console.Options(
                Optional.empty(), "127.0.0.1", freePort(), 0, dir, dir.resolve("console.db")));
  }

  @AfterAll
  static void stopConsole() {
    console.close();
  }

  @Test
  void terminalThatAnnouncesItselfIsListedOnlineAndGoesOfflineWhenItsConnectionDies()
      throws Exception {
    MqttClient terminal = connectTerminal("it-t1", 100);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(terminalJson("it-t1").path("online").asBoolean()).isTrue());

    terminal.disconnectForcibly(0, 0, false); // no DISCONNECT packet: the broker sends the Will
    terminal.close(true);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode t1 = terminalJson("it-t1");
              assertThat(t1.path("online").asBoolean()).isFalse();
              assertThat(t1.path("offlineReason").asText()).isEqualTo("connection lost");
            });
  }

  @Test
  void pageStreamsTerminalChangesAsServerSentEvents() throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    HttpResponse<java.io.InputStream> stream =
        http.send(
            HttpRequest.newBuilder(url("/api/events"))
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (java.io.IOException e) {
                // the stream ends when the test is over
              }
            });
    reader.setDaemon(true);
    reader.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event: snapshot"));

    MqttClient terminal = connectTerminal("it-sse", 7);
    try {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains("it-sse")));
    } finally {
      terminal.disconnect();
      terminal.close();
    }
  }

  @Test
  void pageIsServed() throws Exception {
    HttpResponse<String> page =
        http.send(HttpRequest.newBuilder(url("/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Kiosk24").contains("/api/events");
  }

  @Test
  void malformedMessagesAreIgnoredAndTheConsoleKeepsWorking() throws Exception {
    MqttClient rogue = new MqttClient(console.brokerUri(), "rogue", new MemoryPersistence());
    rogue.connect();
    rogue.publish(
        FleetTopics.state("it-rogue"),
        new MqttMessage("not json".getBytes(StandardCharsets.UTF_8)));
    rogue.publish(FleetTopics.health("it-rogue"), new MqttMessage(new byte[] {(byte) 0xff, 0, 1}));
    rogue.disconnect();
    rogue.close();

    MqttClient terminal = connectTerminal("it-after-rogue", 1);
    try {
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> assertThat(terminalJson("it-after-rogue").path("online").asBoolean()).isTrue());
      assertThat(terminalJson("it-rogue").isMissingNode()).isTrue();
    } finally {
      terminal.disconnect();
      terminal.close();
    }
  }

  private static MqttClient connectTerminal(String id, long session) throws Exception {
    MqttClient client = new MqttClient(console.brokerUri(), id, new MemoryPersistence());
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setKeepAliveInterval(5);
    options.setWill(
        FleetTopics.state(id),
        new MqttMessage(FleetJson.write(state(id, false, session)), 1, true, null));
    client.connect(options);
    client.publish(
        FleetTopics.state(id),
        new MqttMessage(FleetJson.write(state(id, true, session)), 1, true, null));
    return client;
  }

  private static TerminalState state(String id, boolean online, long session) {
    return new TerminalState(
        id,
        online,
        session,
        Instant.now(),
        "test",
        "headless",
        5,
        online ? "" : TerminalState.CONNECTION_LOST);
  }

  private static JsonNode terminalJson(String id) throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(url("/api/terminals")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    for (JsonNode terminal : FleetJson.mapper().readTree(response.body()).path("terminals")) {
      if (terminal.path("terminalId").asText().equals(id)) {
        return terminal;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static URI url(String path) {
    return URI.create("http://127.0.0.1:" + console.httpPort() + path);
  }

  static int freePort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
