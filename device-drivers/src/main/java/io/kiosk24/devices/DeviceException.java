package io.kiosk24.devices;

/**
 * A device did not do what was asked. The message names the device, the port, what was expected and
 * what came, so a maintainer can act on it; it never carries a citizen's personal data.
 */
public class DeviceException extends Exception {
  private static final long serialVersionUID = 1L;

  public DeviceException(String message) {
    super(message);
  }

  public DeviceException(String message, Throwable cause) {
    super(message, cause);
  }
}
