package io.kiosk24.devices.document;

import io.kiosk24.devices.DeviceException;

/**
 * The A4 printer or its CUPS queue could not do what was asked; the message names the queue and the
 * server and says what went wrong, never what the document said.
 */
public class DocumentPrinterException extends DeviceException {
  private static final long serialVersionUID = 1L;

  public DocumentPrinterException(String message) {
    super(message);
  }

  public DocumentPrinterException(String message, Throwable cause) {
    super(message, cause);
  }
}
