package io.kiosk24.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers in bin/ as a maintainer types them, on the jars this build packaged: bad input ends
 * with one sentence and a non-zero exit, never a stack trace.
 */
class LaunchersIT {
  private static final Path BIN =
      Path.of(System.getProperty("user.dir")).resolve("../bin").normalize();

  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

  private Result run(String launcher, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(BIN.resolve(launcher).toString());
    command.addAll(List.of(args));
    Path out = dir.resolve(launcher + ".out");
    Path err = dir.resolve(launcher + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove("DISPLAY");
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(launcher + " did not end within 120 s");
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void terminalRefusesAnUnknownOptionInOneSentence() throws Exception {
    Result result = run("kiosk-terminal", "--no-such-option");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("kiosk-terminal: Unknown option: '--no-such-option'")
        .doesNotContain("Exception");
  }

  @Test
  void terminalWithAMissingConfigFileSaysWhichFile() throws Exception {
    Result result =
        run("kiosk-terminal", "--headless", "--config", dir.resolve("nope.properties").toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err().strip())
        .isEqualTo(
            "kiosk-terminal: The configuration file "
                + dir.resolve("nope.properties")
                + " does not exist.");
  }

  @Test
  void terminalRefusesAnEmulatorInProduction() throws Exception {
    Path config = dir.resolve("terminal.properties");
    Files.writeString(config, "profile=production\ndevice.idcard.driver=emulator\n");

    Result result = run("kiosk-terminal", "--headless", "--config", config.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err().lines().filter(l -> l.startsWith("kiosk-terminal:")))
        .singleElement()
        .asString()
        .contains("emulator");
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void consoleOnATakenPortSaysSoInOneSentence() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Result result =
          run(
              "kiosk-console",
              "serve",
              "--bind",
              "127.0.0.1",
              "--http-port",
              String.valueOf(taken.getLocalPort()),
              "--data-dir",
              dir.toString());

      assertThat(result.exit()).isEqualTo(1);
      assertThat(result.err().lines().filter(l -> !l.isBlank()))
          .containsExactly(
              "kiosk-console: Port "
                  + taken.getLocalPort()
                  + " is already in use on 127.0.0.1: stop the program using it or choose"
                  + " another with --http-port.");
    }
  }

  @Test
  void kioskctlAnswersHelp() throws Exception {
    Result result = run("kioskctl", "--help");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("idcard").contains("printer").contains("emulate");
  }
}
