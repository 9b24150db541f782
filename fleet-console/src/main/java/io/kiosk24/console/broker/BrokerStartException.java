package io.kiosk24.console.broker;

/** The embedded broker could not start; the message is one sentence for the operator. */
public class BrokerStartException extends Exception {
  private static final long serialVersionUID = 1L;

  public BrokerStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
