package io.kiosk24.console.web;

/** The console's web server could not start; the message is one sentence. */
public class WebStartException extends Exception {
  private static final long serialVersionUID = 1L;

  public WebStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
