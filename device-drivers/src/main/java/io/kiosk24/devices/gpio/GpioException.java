package io.kiosk24.devices.gpio;

import io.kiosk24.devices.DeviceException;

/** A GPIO line or driver could not be used; the message names the driver, the line and the role. */
public class GpioException extends DeviceException {
  private static final long serialVersionUID = 1L;

  public GpioException(String message, Throwable cause) {
    super(message, cause);
  }
}
