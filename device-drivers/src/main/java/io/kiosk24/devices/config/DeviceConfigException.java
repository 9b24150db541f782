package io.kiosk24.devices.config;

import io.kiosk24.devices.DeviceException;

/** The device configuration is wrong; the message says which key and how, in one sentence. */
public class DeviceConfigException extends DeviceException {
  private static final long serialVersionUID = 1L;

  public DeviceConfigException(String message) {
    super(message);
  }
}
