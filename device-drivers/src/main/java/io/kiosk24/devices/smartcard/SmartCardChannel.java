package io.kiosk24.devices.smartcard;

/**
 * The seam to a card: raw APDU bytes out, raw response bytes (data and status word) back. {@link
 * PcscChannel} is the adapter over {@code javax.smartcardio}; tests pass a scripted channel.
 */
public interface SmartCardChannel extends AutoCloseable {

  /** The card's answer to reset, as it came at power-up. */
  byte[] atr();

  /**
   * Sends one command APDU and returns the whole response, status word included.
   *
   * @throws SmartCardException with reason {@code CARD_REMOVED} when the card left during the
   *     exchange, {@code COMMUNICATION} when the reader or service failed
   */
  byte[] transmit(byte[] command) throws SmartCardException;

  /** Lets go of the card; the reader and card stay as they are. */
  @Override
  default void close() {}
}
