package io.kiosk24.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiosk24.console.Console;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A terminal whose broker is unreachable keeps running, says so once, and joins when it can. */
class BrokerOutageIT {
  @TempDir Path dir;

  @Test
  void terminalWaitsOutAnUnreachableBrokerAndJoinsWhenItComes() throws Exception {
    int mqttPort = ConsoleClient.freePort();
    try (TerminalProcess terminal =
        TerminalProcess.start(
            dir,
            "--headless",
            "--id",
            "it-patient-01",
            "--broker",
            "tcp://127.0.0.1:" + mqttPort)) {
      // 1 s, 2 s and 4 s backoff: by 8 s it has tried at least three times.
      await().atMost(Duration.ofSeconds(30)).until(() -> terminal.output().contains("unreachable"));
      await().pollDelay(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(9)).until(() -> true);

      assertThat(terminal.isAlive()).isTrue();
      String output = terminal.output();
      assertThat(output.split("is unreachable", -1)).as(output).hasSize(2);
      assertThat(output).doesNotContain("Exception").doesNotContain("\tat ");

      try (Console console =
          Console.start(
              new Console.Options(
                  Optional.empty(), "127.0.0.1", mqttPort, 0, dir, dir.resolve("console.db")))) {
        ConsoleClient api = new ConsoleClient(console.httpPort());
        // The next retry comes within the 60 s backoff cap.
        await().atMost(Duration.ofSeconds(90)).until(() -> api.isOnline("it-patient-01"));
        assertThat(terminal.output()).contains("Connected to the fleet broker");
      }
    }
  }
}
