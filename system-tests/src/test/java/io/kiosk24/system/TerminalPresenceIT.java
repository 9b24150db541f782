package io.kiosk24.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiosk24.console.Console;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the default setup: the console with its embedded broker, and a real headless
 * terminal process that the test kills with SIGKILL.
 */
class TerminalPresenceIT {
  static final int KEEPALIVE_SECONDS = 4;

  @TempDir Path dir;

  @Test
  void killedTerminalIsShownOfflineWithinOneAndAHalfKeepalives() throws Exception {
    int mqttPort = ConsoleClient.freePort();
    try (Console console =
        Console.start(
            new Console.Options(
                Optional.empty(), "127.0.0.1", mqttPort, 0, dir, dir.resolve("console.db")))) {
      ConsoleClient api = new ConsoleClient(console.httpPort());
      PresenceScenario.run(api, dir, "tcp://127.0.0.1:" + mqttPort, "it-embedded-01");
    }
  }

  @Test
  void terminalStoppedOnPurposeSaysSo() throws Exception {
    int mqttPort = ConsoleClient.freePort();
    try (Console console =
            Console.start(
                new Console.Options(
                    Optional.empty(), "127.0.0.1", mqttPort, 0, dir, dir.resolve("console.db")));
        TerminalProcess terminal =
            TerminalProcess.start(
                dir,
                "--headless",
                "--id",
                "it-polite-01",
                "--broker",
                "tcp://127.0.0.1:" + mqttPort)) {
      ConsoleClient api = new ConsoleClient(console.httpPort());
      await().atMost(Duration.ofSeconds(60)).until(() -> api.isOnline("it-polite-01"));

      terminal.stop();

      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(api.terminal("it-polite-01").path("offlineReason").asText())
                      .as("terminal output:%n%s", terminal.output())
                      .isEqualTo("shut down"));
    }
  }

  /** The presence scenario shared by the embedded-broker and the Mosquitto runs. */
  static final class PresenceScenario {
    private PresenceScenario() {}

    static void run(ConsoleClient api, Path dir, String brokerUri, String id) throws Exception {
      try (TerminalProcess terminal =
          TerminalProcess.start(
              dir,
              "--headless",
              "--id",
              id,
              "--broker",
              brokerUri,
              "--keepalive",
              String.valueOf(KEEPALIVE_SECONDS))) {
        await()
            .atMost(Duration.ofSeconds(60))
            .untilAsserted(
                () ->
                    assertThat(api.isOnline(id))
                        .as("terminal online; its output so far:%n%s", terminal.output())
                        .isTrue());
        assertThat(api.terminal(id).path("mode").asText()).isEqualTo("headless");

        terminal.kill();
        Instant killed = Instant.now();

        await()
            .atMost(Duration.ofMillis(KEEPALIVE_SECONDS * 1500L))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> !api.isOnline(id));
        assertThat(Duration.between(killed, Instant.now()))
            .isLessThanOrEqualTo(Duration.ofMillis(KEEPALIVE_SECONDS * 1500L));
        assertThat(terminal.output()).doesNotContain("Exception");
      }
    }
  }
}
