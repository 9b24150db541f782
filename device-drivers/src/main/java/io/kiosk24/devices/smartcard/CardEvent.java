package io.kiosk24.devices.smartcard;

import java.time.Instant;

/**
 * A card went into or out of a reader.
 *
 * @param device the device's role, such as {@code smartcard}
 * @param reader the PC/SC reader name
 * @param atr the card's answer to reset as hex on insertion (empty when it could not be read, and
 *     on removal)
 */
public record CardEvent(String device, String reader, Type type, String atr, Instant at) {

  /** What happened to the card. */
  public enum Type {
    INSERTED,
    REMOVED
  }
}
