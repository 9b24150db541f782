package io.kiosk24.kiosk.config;

/** The terminal's configuration is wrong; the message is one sentence for the maintainer. */
public class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
