package io.kiosk24.kiosk.core;

/**
 * A source of {@link DeviceInputListener} calls: the terminal's scanner, smart card reader, GPIO.
 */
public interface DeviceInputs {

  /** Registers {@code listener}; cancelling the result unregisters it. */
  Cancellable addListener(DeviceInputListener listener);
}
