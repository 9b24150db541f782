package io.kiosk24.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiosk24.kiosk.core.FakeIdCardReader;
import io.kiosk24.kiosk.core.FakeReceiptOutput;
import io.kiosk24.kiosk.core.KioskCore;
import io.kiosk24.kiosk.core.KioskSettings;
import io.kiosk24.kiosk.core.ReceiptOutput;
import io.kiosk24.kiosk.core.Scheduler;
import io.kiosk24.kiosk.core.Screen;
import io.kiosk24.kiosk.core.TestCards;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 打印回执 button on the greeting screen, tapped the way a citizen does, on Monocle. */
@ExtendWith(ApplicationExtension.class)
class KioskViewReceiptTest {

  private final FakeIdCardReader reader = new FakeIdCardReader();
  private final FakeReceiptOutput printer = new FakeReceiptOutput();
  private final ExecutorService background =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "kiosk-test-background");
            t.setDaemon(true);
            return t;
          });
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "kiosk-test-timers");
            t.setDaemon(true);
            return t;
          });
  private final KioskCore core =
      new KioskCore(
          reader,
          background,
          Scheduler.of(timers),
          KioskSettings.DEFAULTS
              .withCardReadTimeout(Duration.ofSeconds(2))
              .withGreetingTime(Duration.ofMinutes(2))
              .withInactivityTimeout(Duration.ofMinutes(3)),
          Optional.of(printer));
  private KioskView view;

  @Start
  void start(Stage stage) {
    view = new KioskView(core, Clock.systemDefaultZone());
    stage.setScene(new Scene(view.root(), 1280, 720));
    stage.show();
  }

  @AfterEach
  void stop() throws Exception {
    printer.releaseJobs();
    WaitForAsyncUtils.asyncFx(view::dispose).get(5, TimeUnit.SECONDS);
    core.close();
    background.shutdownNow();
    timers.shutdownNow();
    reader.close();
  }

  private void greet(FxRobot robot) throws Exception {
    robot.clickOn("#tile-greeting");
    await().until(() -> reader.reads() >= 1);
    reader.placeCard(TestCards.resident());
    await().until(() -> visible(robot, "#greeting-screen"));
  }

  @Test
  void tappingPrintReceiptPrintsOnceAndSaysToTakeReceiptAndCard(FxRobot robot) throws Exception {
    greet(robot);
    assertThat(visible(robot, "#receipt-button")).isTrue();
    assertThat(onFx(() -> robot.lookup("#receipt-button").queryButton().isDisabled())).isFalse();
    assertThat(text(robot, "#receipt-button")).isEqualTo("打印回执");
    printer.holdJobs();

    robot.clickOn("#receipt-button");
    await().until(() -> text(robot, "#status-message").equals("正在打印…"));
    assertThat(onFx(() -> robot.lookup("#receipt-button").queryButton().isDisabled())).isTrue();
    // A second, impatient tap on the disabled button, and one straight to the core.
    robot.clickOn("#receipt-button", MouseButton.PRIMARY);
    core.printReceipt();
    printer.releaseJobs();

    await().until(() -> text(robot, "#status-message").equals("请取走回执和身份证"));
    assertThat(printer.printed()).hasSize(1);
    assertThat(printer.printed().get(0).lines()).contains("姓名：张**");

    robot.clickOn("#finish-button");
    await().until(() -> visible(robot, "#home-screen"));
    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(visible(robot, "#receipt-button")).isFalse();
    assertThat(printer.printed()).hasSize(1);
  }

  @Test
  void paperOutShowsTheButtonDisabledWithTheReason(FxRobot robot) throws Exception {
    printer.setProblem(ReceiptOutput.Problem.PAPER_OUT);

    greet(robot);

    assertThat(visible(robot, "#receipt-button")).isTrue();
    assertThat(onFx(() -> robot.lookup("#receipt-button").queryButton().isDisabled())).isTrue();
    assertThat(visible(robot, "#receipt-reason")).isTrue();
    assertThat(text(robot, "#receipt-reason")).isEqualTo("打印机缺纸，暂时无法打印回执，请联系工作人员。");

    printer.setProblem(null);

    await().until(() -> !onFx(() -> robot.lookup("#receipt-button").queryButton().isDisabled()));
    assertThat(visible(robot, "#receipt-reason")).isFalse();
  }

  private static boolean visible(FxRobot robot, String query) throws Exception {
    return onFx(
        () -> {
          Node node = robot.lookup(query).query();
          return node.isVisible() && (node.getParent() == null || node.getParent().isVisible());
        });
  }

  private static String text(FxRobot robot, String query) throws Exception {
    return onFx(() -> robot.lookup(query).queryLabeled().getText());
  }

  private static <T> T onFx(Callable<T> query) throws Exception {
    return WaitForAsyncUtils.asyncFx(query).get(5, TimeUnit.SECONDS);
  }
}
