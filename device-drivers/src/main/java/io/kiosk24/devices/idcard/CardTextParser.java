package io.kiosk24.devices.idcard;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a card's text block and photo into an {@link IdCard}. Pure. Error messages name the field
 * that was wrong, never its value.
 */
public final class CardTextParser {

  /** What {@code VALID_TO} holds on a card valid for life. */
  public static final String PERMANENT = "长期";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private CardTextParser() {}

  /** The sex a card's one-digit code stands for (GB/T 2261.1). */
  public static String sex(String code) {
    return switch (code) {
      case "1" -> "男";
      case "2" -> "女";
      case "9" -> "未说明";
      default -> "未知";
    };
  }

  /** The code for a sex name; the inverse of {@link #sex}. */
  public static String sexCode(String name) {
    return switch (name) {
      case "男" -> "1";
      case "女" -> "2";
      case "未说明" -> "9";
      default -> "0";
    };
  }

  /**
   * Parses a 256-byte text block with its photo.
   *
   * @throws IdCardException {@code UNKNOWN_CARD} for a type mark we do not know, {@code BAD_FRAME}
   *     (as {@link SamFrameException}) for a field that does not hold what its type demands
   */
  public static IdCard parse(byte[] text, byte[] photo) throws IdCardException {
    CardType type = CardTextLayout.typeOf(text);
    Map<CardField, String> f = CardTextLayout.decode(text);
    String englishName = "";
    if (f.containsKey(CardField.ENGLISH_NAME)) {
      String rest = f.getOrDefault(CardField.ENGLISH_NAME_CONTINUED, "");
      if (rest.isEmpty()) {
        englishName = f.get(CardField.ENGLISH_NAME);
      } else {
        // The 2023 card splits a long name at the slot edge, possibly right at a space.
        CardTextLayout.Slot first =
            CardTextLayout.slots(type).stream()
                .filter(s -> s.field() == CardField.ENGLISH_NAME)
                .findFirst()
                .orElseThrow();
        englishName = (CardTextLayout.rawText(text, first) + rest).strip();
      }
    }
    String nation = "";
    if (type == CardType.RESIDENT) {
      String code = f.get(CardField.NATION);
      nation = Nations.name(code).orElse(code);
    }
    String authority =
        switch (type) {
          case RESIDENT, HMT_RESIDENT -> f.get(CardField.AUTHORITY);
          case FOREIGN_PERMANENT_2017 -> f.get(CardField.AUTHORITY_CODE);
          case FOREIGN_PERMANENT_2023 -> "";
        };
    String idNumber = f.get(CardField.ID_NUMBER);
    return new IdCard(
        type,
        f.getOrDefault(CardField.NAME, ""),
        englishName,
        sex(f.get(CardField.SEX)),
        nation,
        f.getOrDefault(CardField.NATIONALITY, ""),
        date(f.get(CardField.BIRTH_DATE), "birth date"),
        f.getOrDefault(CardField.ADDRESS, ""),
        idNumber,
        authority,
        date(f.get(CardField.VALID_FROM), "start of validity"),
        validTo(f.get(CardField.VALID_TO)),
        f.getOrDefault(CardField.PASS_NUMBER, ""),
        f.getOrDefault(CardField.ISSUE_COUNT, ""),
        photo,
        IdNumbers.isValid(idNumber));
  }

  /**
   * Parses the data of a successful {@code 30 01} answer: lengths, text block and photo.
   *
   * @throws IdCardException as {@link #parse}, or {@code BAD_FRAME} for lengths that do not add up
   */
  public static IdCard parseReadAnswer(byte[] data) throws IdCardException {
    CardBlocks blocks = CardBlocks.decode(data, false);
    return parse(blocks.text(), blocks.photo());
  }

  /** The end of validity; empty for {@value #PERMANENT}. */
  static Optional<LocalDate> validTo(String value) throws SamFrameException {
    if (value.startsWith(PERMANENT)) {
      return Optional.empty();
    }
    return Optional.of(date(value, "end of validity"));
  }

  static LocalDate date(String value, String what) throws SamFrameException {
    try {
      return LocalDate.parse(value, DATE);
    } catch (DateTimeException e) {
      throw new SamFrameException(
          SamFrameException.Problem.BAD_CONTENT,
          "The card's " + what + " is not a date in YYYYMMDD form.");
    }
  }
}
