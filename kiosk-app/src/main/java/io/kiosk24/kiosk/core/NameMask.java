package io.kiosk24.kiosk.core;

/**
 * Masks a citizen's name for the screen, so someone looking over the citizen's shoulder learns no
 * more than the surname or the initials.
 *
 * <p>A name written in Chinese characters keeps its first character (the surname) and masks every
 * following letter with {@code *}: 张三丰 becomes 张**, 李四 becomes 李*. A name in Latin or other letters
 * keeps the first letter of each word: JOHN SMITH becomes J*** S****. Separators (spaces, hyphens,
 * commas, full stops, the middle dot of transcribed minority names) are kept, so the shape of the
 * name stays readable. Works on code points: rare characters outside the Basic Multilingual Plane,
 * which do occur in Chinese names, count as one character.
 */
public final class NameMask {

  private static final int MASK = '*';

  private NameMask() {}

  /** The masked form of {@code name}; an empty string for a blank name. */
  public static String mask(String name) {
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      return "";
    }
    return trimmed.codePoints().anyMatch(NameMask::isHan)
        ? maskChinese(trimmed)
        : maskByWord(trimmed);
  }

  private static String maskChinese(String name) {
    StringBuilder masked = new StringBuilder(name.length());
    int[] codePoints = name.codePoints().toArray();
    masked.appendCodePoint(codePoints[0]);
    for (int i = 1; i < codePoints.length; i++) {
      int cp = codePoints[i];
      masked.appendCodePoint(isSeparator(cp) ? cp : MASK);
    }
    return masked.toString();
  }

  private static String maskByWord(String name) {
    StringBuilder masked = new StringBuilder(name.length());
    boolean wordStart = true;
    for (int cp : name.codePoints().toArray()) {
      if (isSeparator(cp)) {
        masked.appendCodePoint(cp);
        wordStart = true;
      } else {
        masked.appendCodePoint(wordStart ? cp : MASK);
        wordStart = false;
      }
    }
    return masked.toString();
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean isSeparator(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == '-'
        || cp == ','
        || cp == '.'
        || cp == '·'
        || cp == '•'
        || cp == '．';
  }
}
