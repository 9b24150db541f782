package io.kiosk24.devices.document;

/** An IPP message was malformed, or the server refused a request; the message says where. */
public class IppException extends DocumentPrinterException {
  private static final long serialVersionUID = 1L;

  public IppException(String message) {
    super(message);
  }
}
