package io.kiosk24.kiosk.core;

/** A handle on something that can be stopped: a scheduled task or a listener registration. */
@FunctionalInterface
public interface Cancellable {

  /** Stops it; calling this again does nothing. */
  void cancel();
}
