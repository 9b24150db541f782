package io.kiosk24.kiosk.ui;

import io.kiosk24.kiosk.config.Emulators;
import io.kiosk24.kiosk.core.KioskCore;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application behind {@link KioskUi#launch}. Public only because the JavaFX launcher
 * instantiates it by reflection; start the UI through {@code KioskUi}.
 *
 * <p>It is not the main class on purpose: with JavaFX on the class path, the java launcher refuses
 * a main class that extends {@link Application}.
 */
public final class KioskApplication extends Application {

  /** What {@link KioskUi#launch} hands over; the launcher constructs the application itself. */
  record Launch(KioskCore core, boolean fullScreen, Emulators emulators) {}

  static final AtomicReference<Launch> PENDING = new AtomicReference<>();

  private static final double SIMULATOR_WIDTH = 480;

  private KioskCore core;
  private KioskView view;

  @Override
  public void start(Stage stage) {
    Launch launch = PENDING.getAndSet(null);
    if (launch == null) {
      throw new IllegalStateException("start the kiosk UI through KioskUi.launch");
    }
    core = launch.core();
    view = new KioskView(core, Clock.systemDefaultZone());

    Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
    double fit =
        Math.min(
            1.0,
            Math.min(
                bounds.getWidth() / KioskView.DESIGN_WIDTH,
                bounds.getHeight() / KioskView.DESIGN_HEIGHT));
    Scene scene =
        new Scene(view.root(), KioskView.DESIGN_WIDTH * fit, KioskView.DESIGN_HEIGHT * fit);
    stage.setScene(scene);
    stage.setTitle(core.settings().terminalName());
    stage.show();
    if (launch.fullScreen()) {
      // An unattended terminal: no hint to leave full screen and no key that does it. Full screen
      // is asked for after show(): Monocle (embedded and headless glass) fails on it before.
      stage.setFullScreenExitHint("");
      stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
      stage.setFullScreen(true);
    }
    if (!launch.emulators().isEmpty()) {
      showSimulator(launch.emulators(), bounds);
    }
  }

  private static void showSimulator(Emulators emulators, Rectangle2D bounds) {
    Stage simulator = new Stage();
    simulator.setTitle("Kiosk24 设备模拟器 · Device simulator");
    Scene scene =
        new Scene(
            new DeviceSimulator(emulators).root(),
            SIMULATOR_WIDTH,
            Math.min(960, bounds.getHeight() - 80));
    scene.getStylesheets().add(KioskApplication.class.getResource("kiosk.css").toExternalForm());
    simulator.setScene(scene);
    simulator.setX(bounds.getMaxX() - SIMULATOR_WIDTH - 20);
    simulator.setY(bounds.getMinY() + 40);
    simulator.show();
  }

  /** The window closed or the platform is exiting: nothing of a citizen may stay behind. */
  @Override
  public void stop() {
    if (view != null) {
      view.dispose();
    }
    if (core != null) {
      core.cancel();
    }
  }
}
