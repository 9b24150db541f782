package io.kiosk24.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.document.DocumentPrinterEmulator;
import io.kiosk24.kiosk.config.TerminalDevices;
import io.kiosk24.kiosk.core.CitizenText;
import io.kiosk24.kiosk.core.KioskCore;
import io.kiosk24.kiosk.core.KioskSettings;
import io.kiosk24.kiosk.core.Scheduler;
import io.kiosk24.kiosk.core.Screen;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo's other devices, driven from the simulator: a QR code scanned on the home screen, the
 * cabinet's tamper loop opened, a social security card inserted, the A4 printer's paper and output.
 * Each goes through the real driver (the scanner's serial line, Pi4J's mock lines) to the core and
 * the fleet's health.
 */
@ExtendWith(ApplicationExtension.class)
class DemoDevicesIT {
  private static final Duration UI = Duration.ofSeconds(20);
  private static final Path A4_OUT = createFolder();

  private final TerminalDevices devices = openDevices();
  private final ExecutorService background = Executors.newCachedThreadPool(daemon("background"));
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(daemon("timers"));
  private final KioskCore core =
      new KioskCore(
          devices.idCardReader(),
          background,
          Scheduler.of(timers),
          KioskSettings.DEFAULTS.withCardReadTimeout(Duration.ofSeconds(1)),
          devices.receiptOutput());
  private KioskView view;

  @Start
  void start(Stage stage) {
    devices.inputs().addListener(core);
    view = new KioskView(core, Clock.systemDefaultZone());
    stage.setScene(new Scene(view.root(), 1280, 720));
    stage.setX(0);
    stage.setY(0);
    stage.show();
    Stage simulator = new Stage();
    simulator.setX(1300);
    simulator.setY(0);
    simulator.setScene(new Scene(new DeviceSimulator(devices.emulators()).root(), 360, 900));
    simulator.show();
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(view::dispose).get(5, TimeUnit.SECONDS);
    core.close();
    devices.close();
    background.shutdownNow();
    timers.shutdownNow();
    try (var files = Files.walk(A4_OUT)) {
      files
          .sorted(java.util.Comparator.reverseOrder())
          .filter(path -> !path.equals(A4_OUT))
          .forEach(path -> path.toFile().delete());
    }
  }

  @Test
  void aQrCodeScannedOnTheHomeScreenGetsAPlainNotice(FxRobot robot) {
    assertThat(robot.lookup("#scan-text").queryAs(TextField.class).getText())
        .isEqualTo(DeviceSimulator.DEMO_EID_CODE);

    robot.clickOn("#scan-code");

    await()
        .atMost(UI)
        .until(
            () ->
                robot
                    .lookup("#status-message")
                    .queryAs(Labeled.class)
                    .getText()
                    .equals(CitizenText.CODE_SCANNED));
    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(core.session().isActive()).isFalse();
  }

  @Test
  void anOpenTamperLoopReachesHealthAsAFraudAttempt(FxRobot robot) {
    assertThat(devices.statuses()).containsEntry("gpio", "ONLINE");

    robot.clickOn("#tamper");

    await().atMost(UI).until(() -> "FRAUD_ATTEMPT".equals(devices.statuses().get("gpio")));

    robot.clickOn("#tamper");
    robot.clickOn("#door-open");

    await().atMost(UI).until(() -> "USER_ERROR".equals(devices.statuses().get("gpio")));
    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
  }

  @Test
  void aSmartCardOnTheHomeScreenAsksForTheIdCard(FxRobot robot) {
    robot.clickOn("#smartcard-insert");

    await()
        .atMost(UI)
        .until(
            () ->
                robot
                    .lookup("#status-message")
                    .queryAs(Labeled.class)
                    .getText()
                    .equals(CitizenText.SMART_CARD_SOON));
    assertThat(robot.lookup("#smartcard-state").queryAs(Labeled.class).getText()).contains("已插入");
    assertThat(devices.statuses()).containsEntry("smartcard", "ONLINE");
  }

  @Test
  void theA4PrintersPaperAndPrintedFilesShowInTheSimulator(FxRobot robot) throws Exception {
    DocumentPrinterEmulator a4 = devices.emulators().a4().orElseThrow();
    a4.printer().printPdf("%PDF-1.4 demo".getBytes(StandardCharsets.US_ASCII), UI);

    robot.clickOn("#a4-refresh");
    ListView<?> printed = robot.lookup("#a4-printed").queryAs(ListView.class);
    await().atMost(UI).until(() -> printed.getItems().size() == 1);
    assertThat(printed.getItems().get(0).toString()).startsWith("kiosk24-job-1-").endsWith(".pdf");

    robot.clickOn("#a4-paper-out");
    await().atMost(UI).until(() -> "OUT".equals(devices.statuses().get("a4.paper")));
  }

  private static TerminalDevices openDevices() {
    Properties properties = new Properties();
    properties.setProperty("profile", "demo");
    properties.setProperty("device.idcard.driver", "emulator");
    properties.setProperty("device.barcode.driver", "emulator");
    properties.setProperty("device.gpio.driver", "mock");
    properties.setProperty("device.gpio.door-pin", "17");
    properties.setProperty("device.gpio.tamper-pin", "27");
    properties.setProperty("device.gpio.presence-pin", "22");
    properties.setProperty("device.smartcard.driver", "emulator");
    properties.setProperty("device.a4.driver", "emulator");
    properties.setProperty("device.a4.out", A4_OUT.toString());
    try {
      return TerminalDevices.open(properties);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path createFolder() {
    try {
      return Files.createTempDirectory("kiosk24-demo-a4");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, "demo-devices-it-" + name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
