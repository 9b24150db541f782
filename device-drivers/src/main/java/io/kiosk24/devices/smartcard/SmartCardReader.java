package io.kiosk24.devices.smartcard;

import io.kiosk24.devices.Device;

/**
 * A contact smart card reader (social security cards, bank cards): reports the reader's status as
 * device events and cards going in and out as {@link CardEvent}s, and connects to the card in it.
 */
public interface SmartCardReader extends Device {

  /** Whether a card is in the reader, as the watcher last saw it. */
  boolean isCardPresent();

  /**
   * The answer to reset of the card in the reader.
   *
   * @throws SmartCardException {@code NO_READER}, {@code NO_CARD}, or {@code COMMUNICATION} when
   *     the card does not answer
   */
  byte[] readAtr() throws SmartCardException;

  /**
   * A channel to the card in the reader; closing it leaves the card powered for the next one.
   *
   * @throws SmartCardException {@code NO_READER}, {@code NO_CARD}, or {@code COMMUNICATION}
   */
  SmartCardChannel connect() throws SmartCardException;

  void addCardListener(CardPresenceListener listener);

  void removeCardListener(CardPresenceListener listener);
}
