package io.kiosk24.devices.receipt;

import io.kiosk24.devices.DeviceException;

/**
 * Bytes that are not valid ESC/POS: a status byte with wrong fixed bits, an unknown or impossible
 * command. The message says what was expected and what came, never the text being printed.
 */
public class EscPosException extends DeviceException {
  private static final long serialVersionUID = 1L;

  public EscPosException(String message) {
    super(message);
  }
}
