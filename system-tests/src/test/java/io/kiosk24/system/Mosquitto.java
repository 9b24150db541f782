package io.kiosk24.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's Mosquitto on a private loopback port. A missing mosquitto is a failure with the install
 * line, never a skip.
 */
final class Mosquitto implements AutoCloseable {
  private static final Path BINARY = Path.of("/usr/sbin/mosquitto");

  private final Process process;
  private final int port;

  private Mosquitto(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static Mosquitto start(Path dir) throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY)) {
      throw new AssertionError(
          "Mosquitto is not installed; run bin/kiosk-test as root, or: apt-get install mosquitto");
    }
    int port = ConsoleClient.freePort();
    Path config = dir.resolve("mosquitto.conf");
    // A console's subscription must not lose messages: Mosquitto's defaults (1,000 queued, 20 in
    // flight per client) silently drop to a slow subscriber, QoS 1 included.
    Files.writeString(
        config,
        String.join(
            "\n",
            "listener " + port + " 127.0.0.1",
            "allow_anonymous true",
            "persistence false",
            "max_queued_messages 100000",
            "max_inflight_messages 1000",
            ""),
        StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder(BINARY.toString(), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("mosquitto.log").toFile())
            .start();
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> listening(port) || !process.isAlive());
    if (!process.isAlive()) {
      throw new AssertionError(
          "Mosquitto exited at start: " + Files.readString(dir.resolve("mosquitto.log")));
    }
    return new Mosquitto(process, port);
  }

  private static boolean listening(int port) {
    try {
      new Socket("127.0.0.1", port).close();
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  String uri() {
    return "tcp://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
