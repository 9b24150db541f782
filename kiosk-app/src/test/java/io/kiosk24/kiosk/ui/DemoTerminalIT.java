package io.kiosk24.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiosk24.kiosk.config.TerminalDevices;
import io.kiosk24.kiosk.core.KioskCore;
import io.kiosk24.kiosk.core.KioskSettings;
import io.kiosk24.kiosk.core.Scheduler;
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
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo terminal as a visitor uses it: the device simulator acts on the emulators, and the
 * terminal sees each action through its real drivers (SAM protocol, ESC/POS) and shows it.
 */
@ExtendWith(ApplicationExtension.class)
class DemoTerminalIT {
  private static final Duration UI = Duration.ofSeconds(20);

  private final Path receipts = createReceiptFolder();
  private final TerminalDevices devices = openDevices(receipts);
  private final ExecutorService background = Executors.newCachedThreadPool(daemon("background"));
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(daemon("timers"));
  private final KioskCore core =
      new KioskCore(
          devices.idCardReader(),
          background,
          Scheduler.of(timers),
          KioskSettings.DEFAULTS
              .withCardReadTimeout(Duration.ofSeconds(1))
              .withGreetingTime(Duration.ofMinutes(2))
              .withInactivityTimeout(Duration.ofMinutes(3)),
          devices.receiptOutput());
  private KioskView view;

  @Start
  void start(Stage stage) {
    view = new KioskView(core, Clock.systemDefaultZone());
    stage.setScene(new Scene(view.root(), 1280, 720));
    stage.setX(0);
    stage.setY(0);
    stage.show();
    Stage simulator = new Stage(); // beside the terminal, as in the demo, so taps do not overlap
    simulator.setX(1300);
    simulator.setY(0);
    simulator.setScene(new Scene(new DeviceSimulator(devices.emulators()).root(), 360, 640));
    simulator.show();
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(view::dispose).get(5, TimeUnit.SECONDS);
    core.close();
    devices.close();
    background.shutdownNow();
    timers.shutdownNow();
    try (var files = Files.walk(receipts)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Test
  void simulatorDrivesTheTerminalThroughItsRealDrivers(FxRobot robot) {
    robot.clickOn("#remove-card");
    assertThat(robot.lookup("#card-state").queryAs(Labeled.class).getText()).contains("空");

    robot.clickOn("#tile-greeting");
    await().atMost(UI).until(() -> robot.lookup("#waiting-screen").tryQuery().isPresent());

    robot.clickOn("#place-card-1");
    await()
        .atMost(UI)
        .until(
            () ->
                robot
                    .lookup("#greeting-text")
                    .tryQueryAs(Labeled.class)
                    .map(l -> l.getText().contains("黄**"))
                    .orElse(false));

    robot.clickOn("#paper-out");
    Button print = robot.lookup("#receipt-button").queryAs(Button.class);
    await().atMost(UI).until(print::isDisabled);
    assertThat(robot.lookup("#receipt-reason").queryAs(Labeled.class).getText()).contains("缺纸");

    robot.clickOn("#paper-full");
    await().atMost(UI).until(() -> !print.isDisabled());
    robot.clickOn("#receipt-button");

    await()
        .atMost(UI)
        .until(
            () ->
                robot.lookup("#receipt-count").queryAs(Labeled.class).getText().contains("已打印 1"));
    assertThat(devices.emulators().receiptPrinter().orElseThrow().receipts()).hasSize(1);
  }

  private static Path createReceiptFolder() {
    try {
      return Files.createTempDirectory("kiosk24-demo-receipts");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static TerminalDevices openDevices(Path receipts) {
    Properties properties = new Properties();
    properties.setProperty("profile", "demo");
    properties.setProperty("device.idcard.driver", "emulator");
    properties.setProperty("device.idcard.card", "0");
    properties.setProperty("device.receipt.driver", "emulator");
    properties.setProperty("device.receipt.out", receipts.toString());
    properties.setProperty("device.receipt.poll-seconds", "1");
    try {
      return TerminalDevices.open(properties);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, "demo-it-" + name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
