package io.kiosk24.console;

/** The console could not start; the message is one sentence for the operator. */
public class ConsoleStartException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConsoleStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
