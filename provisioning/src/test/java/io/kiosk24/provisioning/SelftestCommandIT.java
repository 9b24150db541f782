package io.kiosk24.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kioskctl selftest} in a JVM of its own, against emulators and Pi4J's mock lines. */
class SelftestCommandIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path dir;

  private Path config(String receiptLines) throws Exception {
    Path file = dir.resolve("terminal.properties");
    Files.writeString(
        file,
        String.join(
            "\n",
            "profile=demo",
            "device.idcard.driver=emulator",
            "device.idcard.card=0",
            receiptLines,
            "device.gpio.driver=mock",
            "device.gpio.door-pin=17",
            "device.gpio.tamper-pin=27",
            "device.gpio.presence-pin=22",
            "device.gpio.idcard-light-pin=5",
            "device.gpio.printer-light-pin=6",
            "device.gpio.active-low=true",
            ""),
        StandardCharsets.UTF_8);
    return file;
  }

  private Path demoConfig() throws Exception {
    return config("device.receipt.driver=emulator\ndevice.receipt.out=" + dir.resolve("receipts"));
  }

  @Test
  void emulatedTerminalPassesEveryDevice() throws Exception {
    try (KioskCtlProcess run =
        KioskCtlProcess.start(dir, "selftest", "--config", demoConfig().toString())) {
      int exit = run.exitCode(WAIT);

      assertThat(exit).as(run.out() + run.err()).isZero();
      List<String> lines = run.out().strip().lines().toList();
      assertThat(lines).hasSize(3);
      assertThat(lines.get(0)).matches("idcard +emulator +PASS +\\S.*");
      assertThat(lines.get(1)).matches("receipt +emulator +PASS +Receipt printer at .*");
      assertThat(lines.get(2))
          .matches("gpio +mock +PASS +GPIO \\(mock\\): door CLOSED \\(BCM 17\\).*");
      assertThat(run.err()).doesNotContain("Exception");
    }
  }

  @Test
  void jsonListsEveryDeviceWithItsResult() throws Exception {
    try (KioskCtlProcess run =
        KioskCtlProcess.start(dir, "selftest", "--json", "--config", demoConfig().toString())) {
      assertThat(run.exitCode(WAIT)).as(run.err()).isZero();

      JsonNode array = new ObjectMapper().readTree(run.out());
      assertThat(array.isArray()).isTrue();
      assertThat(array).hasSize(3);
      assertThat(array.findValuesAsText("role")).containsExactly("idcard", "receipt", "gpio");
      assertThat(array.findValuesAsText("result")).containsOnly("PASS");
      assertThat(array.get(2).get("driver").asText()).isEqualTo("mock");
      assertThat(array.get(2).get("status").asText()).isEqualTo("ONLINE");
    }
  }

  @Test
  void printerOnAClosedPortFailsWithOneSentence() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Path file =
        config("device.receipt.driver=escpos-tcp\ndevice.receipt.port=127.0.0.1:" + closedPort);
    try (KioskCtlProcess run =
        KioskCtlProcess.start(dir, "selftest", "--config", file.toString())) {
      int exit = run.exitCode(WAIT);

      assertThat(exit).as(run.out() + run.err()).isNotZero();
      List<String> lines = run.out().strip().lines().toList();
      assertThat(lines).hasSize(3);
      assertThat(lines.get(0)).contains(" PASS ");
      String receipt = lines.get(1);
      assertThat(receipt).matches("receipt +escpos-tcp +FAIL +\\S.*");
      String sentence = receipt.replaceFirst("receipt +escpos-tcp +FAIL +", "");
      assertThat(sentence).contains(String.valueOf(closedPort)).endsWith(".");
      assertThat(sentence.split("\\. ")).hasSize(1);
      assertThat(lines.get(2)).contains(" PASS ");
      assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void deviceThatCannotBeMadeFailsWithItsSentence() throws Exception {
    Path file = config("device.receipt.driver=escpos-carrier-pigeon");
    try (KioskCtlProcess run =
        KioskCtlProcess.start(dir, "selftest", "--config", file.toString())) {
      assertThat(run.exitCode(WAIT)).isEqualTo(1);
      assertThat(run.out())
          .containsPattern("receipt +escpos-carrier-pigeon +FAIL +device.receipt.driver must be");
      assertThat(run.out() + run.err()).doesNotContain("Exception");
    }
  }

  @Test
  void productionProfileRefusesTheMockLines() throws Exception {
    Path file = dir.resolve("production.properties");
    Files.writeString(file, "device.gpio.driver=mock\ndevice.gpio.door-pin=17\n");
    try (KioskCtlProcess run =
        KioskCtlProcess.start(dir, "selftest", "--config", file.toString())) {
      assertThat(run.exitCode(WAIT)).isEqualTo(1);
      assertThat(run.err().strip())
          .contains("device.gpio.driver=mock")
          .doesNotContain("Exception")
          .hasLineCount(1);
    }
  }
}
