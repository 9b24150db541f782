package io.kiosk24.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What an operator sees when the console cannot start: one sentence and a non-zero exit. */
class ConsoleCommandLineIT {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = ConsoleMain.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void unknownOptionIsOneSentenceAndExitTwo() {
    int exit = run("serve", "--no-such-option");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("kiosk-console: Unknown option: '--no-such-option'")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void takenHttpPortIsOneSentence() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int exit =
          run(
              "serve",
              "--bind",
              "127.0.0.1",
              "--http-port",
              String.valueOf(taken.getLocalPort()),
              "--mqtt-port",
              String.valueOf(ConsoleIT.freePort()),
              "--data-dir",
              dir.toString());

      assertThat(exit).isEqualTo(1);
      assertThat(err.toString().strip())
          .isEqualTo(
              "kiosk-console: Port "
                  + taken.getLocalPort()
                  + " is already in use on 127.0.0.1: stop the program using it or choose"
                  + " another with --http-port.");
    }
  }

  @Test
  void takenMqttPortIsOneSentence() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int exit =
          run(
              "serve",
              "--bind",
              "127.0.0.1",
              "--http-port",
              "0",
              "--mqtt-port",
              String.valueOf(taken.getLocalPort()),
              "--data-dir",
              dir.toString());

      assertThat(exit).isEqualTo(1);
      assertThat(err.toString().strip()).endsWith("choose another with --mqtt-port.");
      assertThat(err.toString().lines()).hasSize(1);
    }
  }

  @Test
  void unreachableExternalBrokerIsOneSentence() throws Exception {
    int closedPort = ConsoleIT.freePort();
    int exit =
        run(
            "serve",
            "--broker",
            "tcp://127.0.0.1:" + closedPort,
            "--http-port",
            "0",
            "--data-dir",
            dir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("kiosk-console: Cannot reach the MQTT broker at tcp://127.0.0.1:" + closedPort)
        .endsWith(".");
  }

  @Test
  void malformedBrokerAddressIsOneSentence() {
    int exit = run("serve", "--broker", "localhost:1883", "--data-dir", dir.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("kiosk-console: 'localhost:1883' is not a broker address.");
  }
}
