package io.kiosk24.devices.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.StatusEvent;
import io.kiosk24.devices.config.DeviceSettings;
import io.kiosk24.devices.serial.InMemorySerialLink;
import io.kiosk24.devices.serial.SerialLink;
import io.kiosk24.devices.serial.SerialLinkException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialBarcodeScannerTest {

  private final List<ScanResult> scans = new CopyOnWriteArrayList<>();
  private SerialBarcodeScanner scanner;

  @AfterEach
  void closeScanner() {
    if (scanner != null) {
      scanner.close();
    }
  }

  private SerialScannerEmulator emulated(Map<String, String> options) throws Exception {
    BarcodeScanners.Emulated emulated =
        BarcodeScanners.openEmulated(new DeviceSettings("barcode", "emulator", "", options));
    scanner = emulated.scanner();
    scanner.addScanListener(scans::add);
    scanner.open();
    return emulated.emulator();
  }

  @Test
  void deliversEachScannedCodeToListeners() throws Exception {
    SerialScannerEmulator emulator = emulated(Map.of());

    emulator.scan("粤省事 4401");
    emulator.scan("KSK-0001");

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(scans)
                    .containsExactly(
                        new ScanResult.Decoded("粤省事 4401", Symbology.UNKNOWN),
                        new ScanResult.Decoded("KSK-0001", Symbology.UNKNOWN)));
    assertThat(scanner.status()).isEqualTo(DeviceStatus.ONLINE);
    assertThat(scanner.source()).isEqualTo(ScanSource.SERIAL);
  }

  @Test
  void rejectsGarbageAndKeepsReading() throws Exception {
    SerialScannerEmulator emulator =
        emulated(Map.of("suffix", "crlf", "max-length", "16", "aim-id", "true"));

    emulator.sendGarbage(SerialScannerEmulator.Garbage.CONTROL_BYTES);
    emulator.sendGarbage(SerialScannerEmulator.Garbage.INVALID_ENCODING);
    emulator.sendOverlong(17);
    emulator.scan("OK", Symbology.QR_CODE);

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(scans).hasSize(4));
    assertThat(scans.subList(0, 3))
        .extracting(r -> ((ScanResult.Rejected) r).reason())
        .containsExactly(
            ScanResult.Reason.NON_PRINTABLE,
            ScanResult.Reason.BAD_ENCODING,
            ScanResult.Reason.TOO_LONG);
    assertThat(scans.get(3)).isEqualTo(new ScanResult.Decoded("OK", Symbology.QR_CODE));
    assertThat(scanner.status()).isEqualTo(DeviceStatus.ONLINE);
  }

  @Test
  void readsGb18030FromAScannerSetToIt() throws Exception {
    SerialScannerEmulator emulator = emulated(Map.of("charset", "GB18030", "suffix", "tab"));

    emulator.scan("市民之窗");

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(scans)
                    .containsExactly(new ScanResult.Decoded("市民之窗", Symbology.UNKNOWN)));
  }

  @Test
  void aFailingListenerDoesNotStopTheOthers() throws Exception {
    BarcodeScanners.Emulated emulated =
        BarcodeScanners.openEmulated(new DeviceSettings("barcode", "emulator", "", Map.of()));
    scanner = emulated.scanner();
    scanner.addScanListener(
        r -> {
          throw new IllegalStateException("listener bug");
        });
    scanner.addScanListener(scans::add);
    scanner.open();

    emulated.emulator().scan("A");
    emulated.emulator().scan("B");

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(scans).hasSize(2));
  }

  @Test
  void reopensItsPortAfterItVanishes() throws Exception {
    AtomicReference<InMemorySerialLink.Pair> line =
        new AtomicReference<>(InMemorySerialLink.pair("flaky"));
    AtomicInteger opens = new AtomicInteger();
    List<StatusEvent> events = new CopyOnWriteArrayList<>();
    scanner =
        new SerialBarcodeScanner(
            () -> {
              opens.incrementAndGet();
              InMemorySerialLink host = line.get().host();
              if (host.isClosed()) {
                throw new SerialLinkException("Serial port flaky is gone.");
              }
              return host;
            },
            "flaky",
            BarcodeScannerConfig.defaults("barcode"));
    scanner.addStatusListener(events::add);
    scanner.addScanListener(scans::add);
    scanner.open();

    line.get().device().close();
    await().atMost(Duration.ofSeconds(5)).until(() -> scanner.status() == DeviceStatus.NO_DEVICE);
    await().atMost(Duration.ofSeconds(5)).until(() -> opens.get() >= 3);

    line.set(InMemorySerialLink.pair("flaky"));
    await().atMost(Duration.ofSeconds(10)).until(() -> scanner.status() == DeviceStatus.ONLINE);
    new SerialScannerEmulator(line.get().device(), LineSuffix.CR, StandardCharsets.UTF_8)
        .scan("BACK");

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(scans)
                    .containsExactly(new ScanResult.Decoded("BACK", Symbology.UNKNOWN)));
    assertThat(events)
        .extracting(StatusEvent::current)
        .containsExactly(DeviceStatus.ONLINE, DeviceStatus.NO_DEVICE, DeviceStatus.ONLINE);
  }

  @Test
  void reportsNoDeviceWhenThePortIsMissingAtOpen() {
    scanner =
        new SerialBarcodeScanner(
            () -> {
              throw new SerialLinkException("Serial port /dev/ttyUSB9 does not exist.");
            },
            "/dev/ttyUSB9",
            BarcodeScannerConfig.defaults("barcode"));

    assertThatThrownBy(scanner::open)
        .isInstanceOf(SerialLinkException.class)
        .hasMessage("Serial port /dev/ttyUSB9 does not exist.");
    assertThat(scanner.status()).isEqualTo(DeviceStatus.NO_DEVICE);
    assertThat(scanner.selfTest().passed()).isFalse();
    assertThat(scanner.selfTest().summary())
        .isEqualTo("Barcode scanner barcode on /dev/ttyUSB9 is NO_DEVICE.");
  }

  @Test
  void selfTestPassesWhileListeningAndCloseGoesOffline() throws Exception {
    emulated(Map.of());

    assertThat(scanner.selfTest().passed()).isTrue();
    assertThat(scanner.selfTest().summary())
        .isEqualTo(
            "Barcode scanner barcode is listening on emulated-barcode:host; present a code to"
                + " check that it reads.");

    scanner.close();
    assertThat(scanner.status()).isEqualTo(DeviceStatus.OFFLINE);
  }

  @Test
  void theEmulatorWritesPayloadThenSuffix() throws Exception {
    InMemorySerialLink.Pair pair = InMemorySerialLink.pair();
    SerialScannerEmulator emulator =
        new SerialScannerEmulator(pair.device(), LineSuffix.CRLF, StandardCharsets.UTF_8);

    emulator.scan("粤", Symbology.QR_CODE);

    assertThat(readAll(pair.host())).isEqualTo("]Q1粤\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] readAll(SerialLink link) throws SerialLinkException {
    byte[] buffer = new byte[64];
    int n = link.read(buffer, 0, buffer.length, Duration.ofSeconds(1));
    return java.util.Arrays.copyOf(buffer, n);
  }
}
