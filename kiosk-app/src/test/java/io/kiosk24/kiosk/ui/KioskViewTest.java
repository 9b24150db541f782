package io.kiosk24.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.idcard.IdCardException;
import io.kiosk24.kiosk.core.FakeIdCardReader;
import io.kiosk24.kiosk.core.KioskCore;
import io.kiosk24.kiosk.core.KioskSettings;
import io.kiosk24.kiosk.core.Scheduler;
import io.kiosk24.kiosk.core.Screen;
import io.kiosk24.kiosk.core.TestCards;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the touchscreen the way a citizen does, on a headless Monocle screen. */
@ExtendWith(ApplicationExtension.class)
class KioskViewTest {

  private final FakeIdCardReader reader = new FakeIdCardReader();
  private final ExecutorService background = Executors.newSingleThreadExecutor(daemon("reads"));
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(daemon("timers"));
  private final KioskCore core =
      new KioskCore(
          reader,
          background,
          Scheduler.of(timers),
          KioskSettings.DEFAULTS
              .withTerminalName("禅城区祖庙街道 24 小时自助服务")
              .withCardReadTimeout(Duration.ofSeconds(2))
              .withGreetingTime(Duration.ofMinutes(2))
              .withInactivityTimeout(Duration.ofMinutes(3)));
  private KioskView view;
  private Scene scene;

  @Start
  void start(Stage stage) {
    view = new KioskView(core, Clock.systemDefaultZone());
    scene = new Scene(view.root(), 1280, 720);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(view::dispose).get(5, TimeUnit.SECONDS);
    core.close();
    background.shutdownNow();
    timers.shutdownNow();
    reader.close();
  }

  @Test
  void greetsByMaskedNameAndLeavesNothingBehindAfterFinish(FxRobot robot) throws Exception {
    assertThat(onFx(() -> robot.lookup("#home-screen").query().isVisible())).isTrue();

    robot.clickOn("#tile-greeting");
    await().until(() -> text(robot, "#status-message").equals("请将身份证放在读卡区"));
    assertThat(onFx(() -> robot.lookup("#waiting-screen").query().isVisible())).isTrue();
    await().until(() -> reader.reads() >= 1);

    reader.placeCard(TestCards.resident());

    await().until(() -> text(robot, "#greeting-text").equals("张**，您好！"));
    assertThat(allTexts()).as("shown or hidden").noneMatch(t -> t.contains("三丰"));
    assertThat(core.session().holdsPersonalData()).isTrue();

    robot.clickOn("#finish-button");

    await().until(() -> onFx(() -> robot.lookup("#home-screen").query().isVisible()));
    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(core.session().holdsPersonalData()).isFalse();
    assertThat(core.session().name()).isEmpty();
    assertThat(core.session().idNumber()).isEmpty();
    assertThat(core.session().photo()).isEmpty();
    assertThat(allTexts())
        .isNotEmpty()
        .noneMatch(t -> t.contains("张") || t.contains("三丰") || t.contains(TestCards.ID_NUMBER));
    assertThat(text(robot, "#greeting-text")).isEmpty();
  }

  @Test
  void explainsAMissingCardAndLetsTheCitizenCancel(FxRobot robot) throws Exception {
    robot.clickOn("#tile-greeting");
    await().until(() -> reader.reads() >= 1);

    reader.fail(IdCardException.Reason.NO_CARD);

    await().until(() -> text(robot, "#status-message").equals("没有检测到身份证，请把身份证平放在读卡区。"));

    robot.clickOn("#cancel-button");

    await().until(() -> onFx(() -> robot.lookup("#home-screen").query().isVisible()));
    assertThat(text(robot, "#status-message")).isEqualTo("请点击您要办理的事项");
    assertThat(core.session().isActive()).isFalse();
  }

  @Test
  void comingSoonTileAnswersWithANotice(FxRobot robot) throws Exception {
    robot.clickOn("#tile-social-security");

    await().until(() -> text(robot, "#status-message").equals("“社保查询”即将开通，敬请期待。"));
    assertThat(core.session().isActive()).isFalse();
    assertThat(onFx(() -> robot.lookup("#home-screen").query().isVisible())).isTrue();
  }

  @Test
  void tilesAreLargeEnoughToTouch(FxRobot robot) throws Exception {
    List<Double> heights =
        onFx(
            () ->
                robot.lookup(".tile").queryAll().stream()
                    .map(n -> n.getLayoutBounds().getHeight())
                    .toList());

    assertThat(heights).hasSize(core.tiles().size()).allMatch(h -> h >= 120);
  }

  private static String text(FxRobot robot, String query) throws Exception {
    return onFx(() -> robot.lookup(query).queryLabeled().getText());
  }

  /** Texts of every labelled or text node in the scene, shown or hidden. */
  private List<String> allTexts() throws Exception {
    return onFx(() -> texts(scene.getRoot()));
  }

  private static List<String> texts(Node node) {
    List<String> found = new ArrayList<>();
    if (node instanceof Labeled labeled && labeled.getText() != null) {
      found.add(labeled.getText());
    }
    if (node instanceof Text text && text.getText() != null) {
      found.add(text.getText());
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        found.addAll(texts(child));
      }
    }
    return found;
  }

  private static <T> T onFx(Callable<T> query) throws Exception {
    return WaitForAsyncUtils.asyncFx(query).get(5, TimeUnit.SECONDS);
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, "kiosk-test-" + name);
      t.setDaemon(true);
      return t;
    };
  }
}
