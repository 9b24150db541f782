package io.kiosk24.console.fleet;

/** The console could not connect to its MQTT broker; the message is one sentence. */
public class BrokerUnreachableException extends Exception {
  private static final long serialVersionUID = 1L;

  public BrokerUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
