package io.kiosk24.kiosk.ui;

import io.kiosk24.kiosk.config.Emulators;
import io.kiosk24.kiosk.core.KioskCore;
import java.util.Objects;
import javafx.application.Application;

/** Starts the terminal's touchscreen UI over a running {@link KioskCore}. */
public final class KioskUi {

  private KioskUi() {}

  /**
   * Starts the JavaFX platform and shows the kiosk window, then blocks until the window is closed
   * or the platform exits; closing the window ends any citizen session. The core keeps running and
   * remains the caller's to close.
   *
   * <p>Call at most once per JVM, from any thread but the FX thread: JavaFX cannot be started
   * twice.
   *
   * @param fullScreen true on a terminal (full screen, no way out by keyboard); false for a window
   *     sized to the screen, for development and maintenance
   * @throws IllegalStateException if the JavaFX platform was already started
   */
  public static void launch(KioskCore core, boolean fullScreen) {
    launch(core, fullScreen, Emulators.none());
  }

  /**
   * Like {@link #launch(KioskCore, boolean)}, with a device simulator window beside the terminal
   * for the emulators of a demo terminal (none when {@code emulators} is empty).
   */
  public static void launch(KioskCore core, boolean fullScreen, Emulators emulators) {
    Objects.requireNonNull(core, "core");
    if (!KioskApplication.PENDING.compareAndSet(
        null, new KioskApplication.Launch(core, fullScreen, emulators))) {
      throw new IllegalStateException("the kiosk UI is already starting");
    }
    try {
      Application.launch(KioskApplication.class);
    } finally {
      KioskApplication.PENDING.set(null);
    }
  }
}
