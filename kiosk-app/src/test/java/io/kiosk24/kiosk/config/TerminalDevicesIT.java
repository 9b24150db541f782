package io.kiosk24.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.kiosk24.devices.DeviceException;
import io.kiosk24.kiosk.core.CabinetEvent;
import io.kiosk24.kiosk.core.DeviceInputListener;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The terminal's devices opened by role through the device layer: the demo defaults, a device that
 * cannot be opened, and the inputs the core hears of.
 */
class TerminalDevicesIT {
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  /** Records what the core would be told. */
  private static final class Inputs implements DeviceInputListener {
    final AtomicInteger codes = new AtomicInteger();
    final AtomicInteger smartCards = new AtomicInteger();
    final List<CabinetEvent> cabinet = new CopyOnWriteArrayList<>();

    @Override
    public void codeScanned() {
      codes.incrementAndGet();
    }

    @Override
    public void smartCardInserted() {
      smartCards.incrementAndGet();
    }

    @Override
    public void cabinetChanged(CabinetEvent event) {
      cabinet.add(event);
    }
  }

  @Test
  void theDemoDefaultsOpenEveryEmulatedDevice() throws Exception {
    try (TerminalDevices devices = TerminalDevices.open(new Properties())) {
      assertThat(devices.statuses())
          .containsEntry("idcard", "ONLINE")
          .containsEntry("receipt", "ONLINE")
          .containsEntry("receipt.paper", "FULL")
          .containsEntry("barcode", "ONLINE")
          .containsEntry("gpio", "ONLINE")
          .containsEntry("smartcard", "ONLINE")
          .containsEntry("a4", "ONLINE")
          .containsEntry("a4.paper", "FULL");
      Emulators emulators = devices.emulators();
      assertThat(emulators.idCard()).isPresent();
      assertThat(emulators.receiptPrinter()).isPresent();
      assertThat(emulators.barcodeScanner()).isPresent();
      assertThat(emulators.gpio()).isPresent();
      assertThat(emulators.a4()).isPresent();

      Inputs inputs = new Inputs();
      devices.inputs().addListener(inputs);
      emulators.smartCard().orElseThrow().insert();
      await().atMost(PATIENCE).until(() -> inputs.smartCards.get() == 1);
    }
  }

  @Test
  void aScannedCodeReachesTheCoreAsAnEventOnlyAndIsNeverLogged() throws Exception {
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    logs.start();
    root.addAppender(logs);
    try (TerminalDevices devices = TerminalDevices.open(demo("device.barcode.driver=emulator"))) {
      Inputs inputs = new Inputs();
      devices.inputs().addListener(inputs);

      devices.emulators().barcodeScanner().orElseThrow().scan("KIOSK24-TEST-EID-4401-SECRET");

      await().atMost(PATIENCE).until(() -> inputs.codes.get() == 1);
      assertThat(logs.list)
          .extracting(ILoggingEvent::getFormattedMessage)
          .noneMatch(message -> message.contains("SECRET"));
    } finally {
      root.detachAppender(logs);
    }
  }

  @Test
  void anOpenTamperLoopGoesToHealthAndToTheCore() throws Exception {
    try (TerminalDevices devices =
        TerminalDevices.open(
            demo(
                "device.gpio.driver=mock",
                "device.gpio.door-pin=17",
                "device.gpio.tamper-pin=27",
                "device.gpio.debounce-ms=10"))) {
      Inputs inputs = new Inputs();
      devices.inputs().addListener(inputs);
      AtomicInteger changes = new AtomicInteger();
      devices.onAnyChange(changes::incrementAndGet);

      devices.emulators().gpio().orElseThrow().setTamper(true);

      await().atMost(PATIENCE).until(() -> devices.statuses().get("gpio").equals("FRAUD_ATTEMPT"));
      await().atMost(PATIENCE).until(() -> inputs.cabinet.contains(CabinetEvent.TAMPER_TRIGGERED));
      assertThat(changes.get()).isPositive();

      devices.emulators().gpio().orElseThrow().setDoorOpen(true);
      await().atMost(PATIENCE).until(() -> inputs.cabinet.contains(CabinetEvent.DOOR_OPENED));
      devices.emulators().gpio().orElseThrow().setTamper(false);
      await().atMost(PATIENCE).until(() -> devices.statuses().get("gpio").equals("USER_ERROR"));
    }
  }

  @Test
  void aDeviceThatCannotBeMadeReadsNoDeviceAndTheTerminalGoesOn() throws Exception {
    try (TerminalDevices devices =
        TerminalDevices.open(
            demo("device.barcode.driver=laser-pointer", "device.scanner.driver=flatbed-9000"))) {
      assertThat(devices.statuses())
          .containsEntry("barcode", "NO_DEVICE")
          .containsEntry("scanner", "NO_DEVICE")
          .containsEntry("idcard", "ONLINE");
      assertThat(devices.emulators().barcodeScanner()).isEmpty();
    }
  }

  @Test
  void anIdCardReaderThatCannotBeMadeIsStoodInFor() throws Exception {
    try (TerminalDevices devices =
        TerminalDevices.open(withProfile("demo", "device.idcard.driver=sam-serial"))) {
      assertThat(devices.statuses()).containsEntry("idcard", "NO_DEVICE");
      assertThatThrownBy(() -> devices.idCardReader().read(Duration.ofSeconds(1)))
          .isInstanceOf(DeviceException.class)
          .hasMessageContaining("could not be opened");
    }
  }

  @Test
  void anEmulatorInProductionStillStopsTheTerminal() {
    assertThatThrownBy(
            () ->
                TerminalDevices.open(
                    withProfile(
                        "production",
                        "device.idcard.driver=sam-serial",
                        "device.idcard.port=/dev/null",
                        "device.barcode.driver=emulator")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("device.barcode.driver");
  }

  private static Properties demo(String... lines) {
    String[] all = new String[lines.length + 1];
    all[0] = "device.idcard.driver=emulator";
    System.arraycopy(lines, 0, all, 1, lines.length);
    return withProfile("demo", all);
  }

  private static Properties withProfile(String profile, String... lines) {
    Properties properties = new Properties();
    properties.setProperty("profile", profile);
    for (String line : lines) {
      int eq = line.indexOf('=');
      properties.setProperty(line.substring(0, eq), line.substring(eq + 1));
    }
    return properties;
  }
}
