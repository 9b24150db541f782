package io.kiosk24.devices.smartcard;

/**
 * Reads a social security card's public identification data from a connected card. One
 * implementation per card profile; {@link SsseApplication} follows the national card (the MOHRSS
 * SSSE application), and another province's or a newer specification's layout can be swapped in.
 */
public interface SocialSecurityCardApp {

  /** A short name of the profile, for logs and the self-test. */
  String profile();

  /**
   * Selects the application and reads the identification data.
   *
   * @throws SmartCardException {@code WRONG_CARD} when the card has no such application, {@code
   *     CARD_REFUSED} or {@code BAD_RESPONSE} when a file is missing or malformed, {@code
   *     CARD_REMOVED} when the card left during the read
   */
  SocialSecurityCard read(SmartCardChannel channel) throws SmartCardException;
}
