package io.kiosk24.devices.gpio;

/**
 * A guidance light, placed by the device it shows the citizen (where to put the card, where the
 * slip comes out).
 */
public enum Light {
  ID_CARD_READER("idcard-light"),
  PRINTER("printer-light"),
  SCANNER("scanner-light");

  private final String key;

  Light(String key) {
    this.key = key;
  }

  /** The name in configuration keys ({@code device.gpio.KEY-pin}) and in messages. */
  public String key() {
    return key;
  }
}
