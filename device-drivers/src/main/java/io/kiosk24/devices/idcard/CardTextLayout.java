package io.kiosk24.devices.idcard;

import static io.kiosk24.devices.idcard.CardField.ADDRESS;
import static io.kiosk24.devices.idcard.CardField.AUTHORITY;
import static io.kiosk24.devices.idcard.CardField.AUTHORITY_CODE;
import static io.kiosk24.devices.idcard.CardField.BIRTH_DATE;
import static io.kiosk24.devices.idcard.CardField.ENGLISH_NAME;
import static io.kiosk24.devices.idcard.CardField.ENGLISH_NAME_CONTINUED;
import static io.kiosk24.devices.idcard.CardField.ID_NUMBER;
import static io.kiosk24.devices.idcard.CardField.ISSUE_COUNT;
import static io.kiosk24.devices.idcard.CardField.NAME;
import static io.kiosk24.devices.idcard.CardField.NATION;
import static io.kiosk24.devices.idcard.CardField.NATIONALITY;
import static io.kiosk24.devices.idcard.CardField.OLD_NUMBER;
import static io.kiosk24.devices.idcard.CardField.PASS_NUMBER;
import static io.kiosk24.devices.idcard.CardField.SEX;
import static io.kiosk24.devices.idcard.CardField.TYPE_MARK;
import static io.kiosk24.devices.idcard.CardField.VALID_FROM;
import static io.kiosk24.devices.idcard.CardField.VALID_TO;
import static io.kiosk24.devices.idcard.CardField.VERSION;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each field sits in the 256-byte text block, per card type, and the two directions over that
 * one table: {@link #decode} for the driver, {@link #encode} for the emulator. Text is UCS-2
 * little-endian, padded with spaces.
 */
public final class CardTextLayout {

  /** Size of the text block. */
  public static final int TEXT_BYTES = 256;

  /** Offset of the character that tells the card type. */
  static final int TYPE_MARK_OFFSET = 248;

  /** One field's byte range {@code [from, to)}. */
  public record Slot(CardField field, int from, int to) {
    public int chars() {
      return (to - from) / 2;
    }
  }

  private static final Map<CardType, List<Slot>> LAYOUT = new EnumMap<>(CardType.class);

  static {
    LAYOUT.put(
        CardType.RESIDENT,
        List.of(
            new Slot(NAME, 0, 30),
            new Slot(SEX, 30, 32),
            new Slot(NATION, 32, 36),
            new Slot(BIRTH_DATE, 36, 52),
            new Slot(ADDRESS, 52, 122),
            new Slot(ID_NUMBER, 122, 158),
            new Slot(AUTHORITY, 158, 188),
            new Slot(VALID_FROM, 188, 204),
            new Slot(VALID_TO, 204, 220),
            new Slot(TYPE_MARK, 248, 250)));
    LAYOUT.put(
        CardType.HMT_RESIDENT,
        List.of(
            new Slot(NAME, 0, 30),
            new Slot(SEX, 30, 32),
            new Slot(BIRTH_DATE, 36, 52),
            new Slot(ADDRESS, 52, 122),
            new Slot(ID_NUMBER, 122, 158),
            new Slot(AUTHORITY, 158, 188),
            new Slot(VALID_FROM, 188, 204),
            new Slot(VALID_TO, 204, 220),
            new Slot(PASS_NUMBER, 220, 238),
            new Slot(ISSUE_COUNT, 238, 242),
            new Slot(TYPE_MARK, 248, 250)));
    LAYOUT.put(
        CardType.FOREIGN_PERMANENT_2017,
        List.of(
            new Slot(ENGLISH_NAME, 0, 120),
            new Slot(SEX, 120, 122),
            new Slot(ID_NUMBER, 122, 152),
            new Slot(NATIONALITY, 152, 158),
            new Slot(NAME, 158, 188),
            new Slot(VALID_FROM, 188, 204),
            new Slot(VALID_TO, 204, 220),
            new Slot(BIRTH_DATE, 220, 236),
            new Slot(VERSION, 236, 240),
            new Slot(AUTHORITY_CODE, 240, 248),
            new Slot(TYPE_MARK, 248, 250)));
    LAYOUT.put(
        CardType.FOREIGN_PERMANENT_2023,
        List.of(
            new Slot(NAME, 0, 30),
            new Slot(SEX, 30, 32),
            new Slot(ISSUE_COUNT, 32, 36),
            new Slot(BIRTH_DATE, 36, 52),
            new Slot(ENGLISH_NAME, 52, 122),
            new Slot(ID_NUMBER, 122, 158),
            new Slot(VALID_FROM, 188, 204),
            new Slot(VALID_TO, 204, 220),
            new Slot(ENGLISH_NAME_CONTINUED, 220, 242),
            new Slot(NATIONALITY, 242, 248),
            new Slot(TYPE_MARK, 248, 250),
            new Slot(OLD_NUMBER, 250, 256)));
  }

  private CardTextLayout() {}

  /** The slots of a card type, in byte order. */
  public static List<Slot> slots(CardType type) {
    return LAYOUT.get(type);
  }

  /** The character at offset 248 for a card type; a space for a resident card. */
  public static String typeMark(CardType type) {
    return switch (type) {
      case RESIDENT -> " ";
      case HMT_RESIDENT -> "J";
      case FOREIGN_PERMANENT_2017 -> "I";
      case FOREIGN_PERMANENT_2023 -> "Y";
    };
  }

  /**
   * The card type a text block declares.
   *
   * @throws IdCardException with reason {@code UNKNOWN_CARD} for a mark this driver does not know
   */
  public static CardType typeOf(byte[] text) throws IdCardException {
    checkSize(text);
    char mark = (char) ((text[TYPE_MARK_OFFSET] & 0xFF) | (text[TYPE_MARK_OFFSET + 1] & 0xFF) << 8);
    return switch (mark) {
      case ' ', '\0' -> CardType.RESIDENT;
      case 'J' -> CardType.HMT_RESIDENT;
      case 'I' -> CardType.FOREIGN_PERMANENT_2017;
      case 'Y' -> CardType.FOREIGN_PERMANENT_2023;
      default ->
          throw new IdCardException(
              IdCardException.Reason.UNKNOWN_CARD,
              String.format(
                  "The card declares type U+%04X, which this reader does not know.", (int) mark));
    };
  }

  /**
   * Every field of a text block, trailing spaces and NULs removed; {@code TYPE_MARK} is left out.
   */
  public static Map<CardField, String> decode(byte[] text) throws IdCardException {
    CardType type = typeOf(text);
    Map<CardField, String> fields = new EnumMap<>(CardField.class);
    for (Slot slot : LAYOUT.get(type)) {
      if (slot.field() != TYPE_MARK) {
        fields.put(slot.field(), rawText(text, slot).stripTrailing().replace("\0", ""));
      }
    }
    return fields;
  }

  /** A slot's text exactly as stored, padding included. */
  static String rawText(byte[] text, Slot slot) {
    return new String(text, slot.from(), slot.to() - slot.from(), StandardCharsets.UTF_16LE);
  }

  /**
   * The text block for {@code fields} on a card of {@code type}; fields the type does not carry
   * must be absent or empty.
   *
   * @throws IllegalArgumentException if a value is longer than its slot or the type has no place
   *     for a field
   */
  public static byte[] encode(CardType type, Map<CardField, String> fields) {
    byte[] text = new byte[TEXT_BYTES];
    byte[] spaces = " ".repeat(TEXT_BYTES / 2).getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(spaces, 0, text, 0, TEXT_BYTES);
    List<Slot> slots = LAYOUT.get(type);
    for (Map.Entry<CardField, String> entry : fields.entrySet()) {
      if (entry.getKey() == TYPE_MARK || entry.getValue().isEmpty()) {
        continue;
      }
      Slot slot =
          slots.stream()
              .filter(s -> s.field() == entry.getKey())
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "A " + type + " card has no " + entry.getKey() + " field."));
      put(text, slot, entry.getValue());
    }
    put(
        text,
        slots.stream().filter(s -> s.field() == TYPE_MARK).findFirst().orElseThrow(),
        typeMark(type));
    return text;
  }

  private static void put(byte[] text, Slot slot, String value) {
    if (value.length() > slot.chars()) {
      throw new IllegalArgumentException(
          slot.field()
              + " holds at most "
              + slot.chars()
              + " characters, got "
              + value.length()
              + ".");
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(bytes, 0, text, slot.from(), bytes.length);
  }

  private static void checkSize(byte[] text) throws SamFrameException {
    if (text.length != TEXT_BYTES) {
      throw new SamFrameException(
          SamFrameException.Problem.BAD_CONTENT,
          "A card text block has " + TEXT_BYTES + " bytes, this one " + text.length + ".");
    }
  }

  static byte[] copy(byte[] bytes, int from, int to) {
    return Arrays.copyOfRange(bytes, from, to);
  }
}
