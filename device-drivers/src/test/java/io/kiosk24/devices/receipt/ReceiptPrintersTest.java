package io.kiosk24.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptPrintersTest {

  @TempDir Path out;

  @Test
  void emulatorDriverRunsTheRealDriverAgainstAnInProcessEmulator() throws Exception {
    Properties p = new Properties();
    p.setProperty("profile", "demo");
    p.setProperty("device.receipt.driver", "emulator");
    p.setProperty("device.receipt.paper", "58");
    p.setProperty("device.receipt.out", out.toString());
    DeviceSettings settings = DeviceConfig.from(p).require("receipt");

    ReceiptPrinters.Emulated emulated = ReceiptPrinters.openEmulated(settings);
    try (ReceiptPrinter printer = emulated.printer()) {
      assertThat(printer.paper()).isEqualTo(PaperWidth.MM_58);
      printer.open();
      printer.print(Receipt.of("测试", List.of("第一行")));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> emulated.emulator().receipts().size() == 1);
      assertThat(emulated.emulator().receipts().get(0)).startsWith(out);
      emulated.emulator().setPaper(ConsumableState.LOW);
      assertThat(printer.queryStatus().paper()).isEqualTo(ConsumableState.LOW);
    } finally {
      emulated.emulator().close();
    }
  }

  @Test
  void parsesTcpAddressesWithAndWithoutPort() throws Exception {
    try (ReceiptPrinter a =
            ReceiptPrinters.open(
                new DeviceSettings("receipt", "escpos-tcp", "10.1.2.3", Map.of()));
        ReceiptPrinter b =
            ReceiptPrinters.open(
                new DeviceSettings("receipt", "escpos-tcp", "printer.local:9101", Map.of()))) {
      assertThat(a.describe()).isEqualTo("tcp://10.1.2.3:9100");
      assertThat(b.describe()).isEqualTo("tcp://printer.local:9101");
    }
  }

  @Test
  void refusesUnknownDriversAndBadOptionsWithTheKeyToFix() {
    assertThatThrownBy(
            () -> ReceiptPrinters.open(new DeviceSettings("receipt", "zpl", "/dev/x", Map.of())))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessageContaining("device.receipt.driver");
    assertThatThrownBy(
            () ->
                ReceiptPrinters.open(
                    new DeviceSettings("receipt", "escpos-tcp", "h", Map.of("paper", "76"))))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessageContaining("device.receipt.paper");
    assertThatThrownBy(
            () ->
                ReceiptPrinters.open(new DeviceSettings("receipt", "escpos-tcp", "h:x", Map.of())))
        .hasMessageContaining("HOST:PORT");
    assertThatThrownBy(
            () ->
                ReceiptPrinters.open(new DeviceSettings("receipt", "escpos-serial", "", Map.of())))
        .hasMessageContaining("device.receipt.port is required");
  }
}
