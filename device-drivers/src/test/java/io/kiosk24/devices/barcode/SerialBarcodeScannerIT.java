package io.kiosk24.devices.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.config.DeviceSettings;
import io.kiosk24.devices.serial.JSerialCommLink;
import io.kiosk24.devices.serial.SerialLink;
import io.kiosk24.devices.serial.SocatPtyPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real driver on one end of a socat pty pair, the emulator on the other. */
class SerialBarcodeScannerIT {

  @TempDir Path dir;

  @Test
  void readsCodesAndGarbageFromTheEmulatorOverAPty() throws Exception {
    List<ScanResult> scans = new CopyOnWriteArrayList<>();
    try (SocatPtyPair pair = SocatPtyPair.start();
        SerialLink device = JSerialCommLink.open(pair.right(), 9600);
        BarcodeScanner scanner =
            BarcodeScanners.open(
                new DeviceSettings(
                    "barcode",
                    "serial",
                    pair.left(),
                    Map.of("suffix", "CRLF", "max-length", "256")))) {
      scanner.addScanListener(scans::add);
      scanner.open();
      assertThat(scanner.status()).isEqualTo(DeviceStatus.ONLINE);
      SerialScannerEmulator emulator =
          new SerialScannerEmulator(device, LineSuffix.CRLF, StandardCharsets.UTF_8);

      emulator.scan("粤省事身份码 0123456789");
      emulator.sendGarbage(SerialScannerEmulator.Garbage.CONTROL_BYTES);
      emulator.sendGarbage(SerialScannerEmulator.Garbage.INVALID_ENCODING);
      emulator.sendOverlong(1000);
      emulator.sendRaw("HALF-".getBytes(StandardCharsets.US_ASCII));
      emulator.scan("LINE");

      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(scans).hasSize(5));
      assertThat(scans.get(0))
          .isEqualTo(new ScanResult.Decoded("粤省事身份码 0123456789", Symbology.UNKNOWN));
      assertThat(scans.subList(1, 4))
          .extracting(r -> ((ScanResult.Rejected) r).reason())
          .containsExactly(
              ScanResult.Reason.NON_PRINTABLE,
              ScanResult.Reason.BAD_ENCODING,
              ScanResult.Reason.TOO_LONG);
      assertThat(scans.get(4)).isEqualTo(new ScanResult.Decoded("HALF-LINE", Symbology.UNKNOWN));
      assertThat(scanner.selfTest().passed()).isTrue();
    }
  }

  @Test
  void comesBackByItselfWhenThePortReturns() throws Exception {
    Path driverEnd = dir.resolve("scanner");
    Path deviceEnd = dir.resolve("emulator");
    List<ScanResult> scans = new CopyOnWriteArrayList<>();
    SocatPtyPair first = SocatPtyPair.start(driverEnd, deviceEnd);
    try (BarcodeScanner scanner =
        BarcodeScanners.open(
            new DeviceSettings("barcode", "serial", driverEnd.toString(), Map.of()))) {
      scanner.addScanListener(scans::add);
      scanner.open();
      assertThat(scanner.status()).isEqualTo(DeviceStatus.ONLINE);

      first.close();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> scanner.status() == DeviceStatus.NO_DEVICE);

      try (SocatPtyPair second = SocatPtyPair.start(driverEnd, deviceEnd);
          SerialLink device = JSerialCommLink.open(second.right(), 9600)) {
        await().atMost(Duration.ofSeconds(15)).until(() -> scanner.status() == DeviceStatus.ONLINE);
        new SerialScannerEmulator(device, LineSuffix.CR, StandardCharsets.UTF_8).scan("AGAIN");

        await()
            .atMost(Duration.ofSeconds(10))
            .untilAsserted(
                () ->
                    assertThat(scans)
                        .containsExactly(new ScanResult.Decoded("AGAIN", Symbology.UNKNOWN)));
      }
    } finally {
      first.close();
    }
  }
}
