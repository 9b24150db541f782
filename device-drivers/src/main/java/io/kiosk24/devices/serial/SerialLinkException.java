package io.kiosk24.devices.serial;

import io.kiosk24.devices.DeviceException;

/** The serial port itself failed: it could not be opened, or it vanished while in use. */
public class SerialLinkException extends DeviceException {
  private static final long serialVersionUID = 1L;

  public SerialLinkException(String message) {
    super(message);
  }

  public SerialLinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
