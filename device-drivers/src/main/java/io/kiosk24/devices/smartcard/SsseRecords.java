package io.kiosk24.devices.smartcard;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes the records of file EF05 (card public data) of the SSSE application. Every record is a
 * TLV: tag (equal to the record number), length, value; bytes after the value are ignored, as some
 * cards pad records to a fixed size.
 *
 * <pre>
 * record  field                       value
 *   01    card identifier (卡识别码)    16 bytes binary; the first three, as hex, are the region code
 *   02    card type (卡类别)            1 byte, ASCII
 *   03    specification version       4 bytes ASCII, e.g. "3.00"
 *   04    initialising institution    12 bytes (not read)
 *   05    issue date (发卡日期)          4 bytes BCD YYYYMMDD
 *   06    valid until (有效期)          4 bytes BCD YYYYMMDD
 *   07    card number (卡号)            9 bytes ASCII
 * </pre>
 */
public final class SsseRecords {

  public static final int CARD_IDENTIFIER = 1;
  public static final int CARD_TYPE = 2;
  public static final int SPEC_VERSION = 3;
  public static final int ISSUE_DATE = 5;
  public static final int VALID_UNTIL = 6;
  public static final int CARD_NUMBER = 7;

  /** Record number to the length of its value; Le of the READ RECORD is this plus two. */
  public static final Map<Integer, Integer> VALUE_LENGTHS =
      Map.of(
          CARD_IDENTIFIER,
          16,
          CARD_TYPE,
          1,
          SPEC_VERSION,
          4,
          ISSUE_DATE,
          4,
          VALID_UNTIL,
          4,
          CARD_NUMBER,
          9);

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private SsseRecords() {}

  /**
   * The value of one record.
   *
   * @throws SmartCardException {@code BAD_RESPONSE} when the tag or length does not fit
   */
  public static byte[] value(int record, byte[] raw) throws SmartCardException {
    if (raw.length < 2) {
      throw bad(record, "has " + raw.length + " bytes, fewer than a tag and a length");
    }
    int tag = raw[0] & 0xFF;
    if (tag != record) {
      throw bad(record, String.format("starts with tag %02X", tag));
    }
    int length = raw[1] & 0xFF;
    Integer expected = VALUE_LENGTHS.get(record);
    if (expected != null && length != expected) {
      throw bad(record, "says " + length + " value bytes where " + expected + " belong");
    }
    if (raw.length < 2 + length) {
      throw bad(record, "says " + length + " value bytes but carries " + (raw.length - 2));
    }
    byte[] value = new byte[length];
    System.arraycopy(raw, 2, value, 0, length);
    return value;
  }

  /**
   * Decodes the records read from EF05, keyed by record number and holding the raw records.
   *
   * @throws SmartCardException {@code BAD_RESPONSE} when a record is missing or malformed
   */
  public static SocialSecurityCard parse(Map<Integer, byte[]> records) throws SmartCardException {
    byte[] identifier = value(CARD_IDENTIFIER, require(records, CARD_IDENTIFIER));
    String identifierHex = HEX.formatHex(identifier);
    String region = identifierHex.substring(0, 6);
    if (!region.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw bad(CARD_IDENTIFIER, "does not start with a six-digit region code");
    }
    return new SocialSecurityCard(
        identifierHex,
        region,
        ascii(CARD_TYPE, value(CARD_TYPE, require(records, CARD_TYPE))),
        ascii(SPEC_VERSION, value(SPEC_VERSION, require(records, SPEC_VERSION))),
        bcdDate(ISSUE_DATE, value(ISSUE_DATE, require(records, ISSUE_DATE))),
        bcdDate(VALID_UNTIL, value(VALID_UNTIL, require(records, VALID_UNTIL))),
        cardNumber(value(CARD_NUMBER, require(records, CARD_NUMBER))));
  }

  /**
   * Encodes a card's public data as the raw EF05 records {@link #parse} reads, keyed by record
   * number; the inverse of {@link #parse} for the emulator. The card number is padded with spaces
   * to nine characters.
   *
   * @throws IllegalArgumentException when a field does not fit its record
   */
  public static Map<Integer, byte[]> encode(SocialSecurityCard card) {
    byte[] identifier;
    try {
      identifier = HEX.parseHex(card.cardIdentifier());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The card identifier must be hex digits.", e);
    }
    Map<Integer, byte[]> records = new LinkedHashMap<>();
    records.put(CARD_IDENTIFIER, tlv(CARD_IDENTIFIER, identifier));
    records.put(CARD_TYPE, tlv(CARD_TYPE, asciiValue(CARD_TYPE, card.cardType())));
    records.put(SPEC_VERSION, tlv(SPEC_VERSION, asciiValue(SPEC_VERSION, card.specVersion())));
    records.put(ISSUE_DATE, tlv(ISSUE_DATE, bcd(card.issuedOn())));
    records.put(VALID_UNTIL, tlv(VALID_UNTIL, bcd(card.validUntil())));
    int numberLength = VALUE_LENGTHS.get(CARD_NUMBER);
    records.put(
        CARD_NUMBER,
        tlv(
            CARD_NUMBER,
            asciiValue(CARD_NUMBER, String.format("%-" + numberLength + "s", card.cardNumber()))));
    return Map.copyOf(records);
  }

  private static byte[] tlv(int record, byte[] value) {
    int expected = VALUE_LENGTHS.get(record);
    if (value.length != expected) {
      throw new IllegalArgumentException(
          String.format(
              "EF05 record %02X holds %d bytes, not %d.", record, expected, value.length));
    }
    byte[] raw = new byte[2 + value.length];
    raw[0] = (byte) record;
    raw[1] = (byte) value.length;
    System.arraycopy(value, 0, raw, 2, value.length);
    return raw;
  }

  private static byte[] asciiValue(int record, String text) {
    if (!text.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
      throw new IllegalArgumentException(
          String.format("EF05 record %02X takes printable ASCII only.", record));
    }
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] bcd(LocalDate date) {
    String digits =
        String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    return HexFormat.of().parseHex(digits);
  }

  /** A date stored as four BCD bytes YYYYMMDD. */
  static LocalDate bcdDate(int record, byte[] value) throws SmartCardException {
    int[] digits = new int[8];
    for (int i = 0; i < 4; i++) {
      digits[2 * i] = (value[i] >> 4) & 0x0F;
      digits[2 * i + 1] = value[i] & 0x0F;
    }
    int number = 0;
    for (int d : digits) {
      if (d > 9) {
        throw bad(record, "is not a BCD date");
      }
      number = number * 10 + d;
    }
    try {
      return LocalDate.of(number / 10000, number / 100 % 100, number % 100);
    } catch (DateTimeException e) {
      throw bad(record, "is not a calendar date");
    }
  }

  private static String ascii(int record, byte[] value) throws SmartCardException {
    for (byte b : value) {
      if (b < 0x20 || b > 0x7E) {
        throw bad(record, "is not printable ASCII");
      }
    }
    return new String(value, StandardCharsets.US_ASCII).strip();
  }

  private static String cardNumber(byte[] value) throws SmartCardException {
    int end = value.length;
    while (end > 0
        && (value[end - 1] == 0 || value[end - 1] == (byte) 0xFF || value[end - 1] == ' ')) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      byte b = value[i];
      if (!(b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z')) {
        throw bad(CARD_NUMBER, "holds a character that is no letter or digit");
      }
    }
    if (end == 0) {
      throw bad(CARD_NUMBER, "is empty");
    }
    return new String(value, 0, end, StandardCharsets.US_ASCII);
  }

  private static byte[] require(Map<Integer, byte[]> records, int record)
      throws SmartCardException {
    byte[] raw = records.get(record);
    if (raw == null) {
      throw bad(record, "was not read");
    }
    return raw;
  }

  private static SmartCardException bad(int record, String problem) {
    return new SmartCardException(
        SmartCardException.Reason.BAD_RESPONSE,
        String.format("EF05 record %02X of the social security card %s.", record, problem));
  }
}
