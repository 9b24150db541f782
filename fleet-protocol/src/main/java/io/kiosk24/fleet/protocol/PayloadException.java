package io.kiosk24.fleet.protocol;

/** A message on a fleet topic could not be read: not JSON, or missing what the contract needs. */
public class PayloadException extends Exception {
  private static final long serialVersionUID = 1L;

  public PayloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
