package io.kiosk24.devices.smartcard;

import java.time.LocalDate;

/**
 * The public identification data of a social security card (社会保障卡), read without a PIN.
 *
 * @param cardIdentifier 卡识别码: 32 hex digits, unique per card chip; starts with the region code
 * @param regionCode 发卡地区行政区划代码: six digits, the issuing region (GB/T 2260), e.g. 440600
 * @param cardType 卡类别, as the card stores it (one character)
 * @param specVersion 规范版本: the version of the card specification the card follows, e.g. "3.00"
 * @param issuedOn 发卡日期
 * @param validUntil 卡有效期: last day of validity
 * @param cardNumber 社会保障卡卡号: nine characters, printed on the card; personal, never logged
 */
public record SocialSecurityCard(
    String cardIdentifier,
    String regionCode,
    String cardType,
    String specVersion,
    LocalDate issuedOn,
    LocalDate validUntil,
    String cardNumber) {

  /** Whether the card is still valid on {@code day}. */
  public boolean isValidOn(LocalDate day) {
    return !day.isAfter(validUntil);
  }

  /** The card number with all but the last two characters hidden, for screens and receipts. */
  public String maskedCardNumber() {
    int n = cardNumber.length();
    return n <= 2 ? "*".repeat(n) : "*".repeat(n - 2) + cardNumber.substring(n - 2);
  }

  /** Leaves out the card number and identifier, so that a logged card leaks nothing personal. */
  @Override
  public String toString() {
    return "SocialSecurityCard[region="
        + regionCode
        + ", type="
        + cardType
        + ", version="
        + specVersion
        + ", issued="
        + issuedOn
        + ", validUntil="
        + validUntil
        + ", number="
        + maskedCardNumber()
        + "]";
  }
}
