package io.kiosk24.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiosk24.console.Console;
import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.receipt.PaperWidth;
import io.kiosk24.devices.receipt.ReceiptPrinterEmulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device problem travels from the wire to the operator: a network receipt printer (the emulator,
 * on loopback TCP) runs out of paper, the terminal's driver reads it from the printer's status
 * byte, and the console shows it on the terminal's row.
 */
class DeviceAlarmIT {
  @TempDir Path dir;

  @Test
  void paperOutAtTheTerminalReachesTheConsole() throws Exception {
    int mqttPort = ConsoleClient.freePort();
    try (ReceiptPrinterEmulator printer =
            new ReceiptPrinterEmulator(dir.resolve("receipts"), PaperWidth.MM_80);
        Console console =
            Console.start(
                new Console.Options(
                    Optional.empty(), "127.0.0.1", mqttPort, 0, dir, dir.resolve("console.db")))) {
      int printerPort = printer.serveTcp(0);
      Path config = dir.resolve("terminal.properties");
      Files.writeString(
          config,
          String.join(
              "\n",
              "profile=demo",
              "device.idcard.driver=emulator",
              "device.receipt.driver=escpos-tcp",
              "device.receipt.port=127.0.0.1:" + printerPort,
              "device.receipt.poll-seconds=1",
              ""),
          StandardCharsets.UTF_8);
      ConsoleClient api = new ConsoleClient(console.httpPort());
      try (TerminalProcess terminal =
          TerminalProcess.start(
              dir,
              "--headless",
              "--id",
              "it-paper-01",
              "--broker",
              "tcp://127.0.0.1:" + mqttPort,
              "--config",
              config.toString())) {
        awaitPaper(api, "FULL", Duration.ofSeconds(60), terminal);

        printer.setPaper(ConsumableState.OUT);
        awaitPaper(api, "OUT", Duration.ofSeconds(20), terminal);

        printer.setPaper(ConsumableState.FULL);
        awaitPaper(api, "FULL", Duration.ofSeconds(20), terminal);
      }
    }
  }

  /** Waits until the console shows the terminal's receipt paper as {@code state}. */
  private static void awaitPaper(
      ConsoleClient api, String state, Duration within, TerminalProcess terminal) {
    await()
        .atMost(within)
        .untilAsserted(
            () ->
                assertThat(
                        api.terminal("it-paper-01").path("devices").path("receipt.paper").asText())
                    .as("terminal output:%n%s", terminal.output())
                    .isEqualTo(state));
  }
}
