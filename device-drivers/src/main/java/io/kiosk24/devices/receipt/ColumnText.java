package io.kiosk24.devices.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * Text measured in printer columns. In Chinese mode a printer prints every character that GB18030
 * encodes in one byte (ASCII) one column wide and every other character two columns wide, so that
 * is how it is counted here.
 */
final class ColumnText {

  private ColumnText() {}

  static int columns(int codePoint) {
    return codePoint < 0x80 ? 1 : 2;
  }

  static int columns(String text) {
    return text.codePoints().map(ColumnText::columns).sum();
  }

  /** Replaces control characters with spaces, so free text can be printed safely. */
  static String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
                sb.append(' ');
              } else {
                sb.appendCodePoint(cp);
              }
            });
    return sb.toString();
  }

  /**
   * Breaks text into lines of at most {@code width} columns. Latin words move whole to the next
   * line when they fit on one; a Chinese text may break between any two characters; a word longer
   * than a line is split. Line breaks in the text are kept; spaces at a break are dropped.
   */
  static List<String> wrap(String text, int width) {
    if (width < 2) {
      throw new IllegalArgumentException("A line must be at least 2 columns wide");
    }
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\r\n|\r|\n", -1)) {
      wrapParagraph(printable(paragraph), width, lines);
    }
    return List.copyOf(lines);
  }

  private static void wrapParagraph(String text, int width, List<String> lines) {
    StringBuilder line = new StringBuilder();
    int used = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (cp == ' ') {
        if (used > 0 && used < width) {
          line.append(' ');
          used++;
        }
        i++;
        continue;
      }
      int end = i;
      if (cp < 0x80) {
        while (end < text.length() && text.charAt(end) < 0x80 && text.charAt(end) != ' ') {
          end++;
        }
      } else {
        end = i + Character.charCount(cp);
      }
      String word = text.substring(i, end);
      int wordColumns = columns(word);
      if (used + wordColumns > width && used > 0 && wordColumns <= width) {
        lines.add(stripTrailing(line));
        line.setLength(0);
        used = 0;
      }
      for (int j = 0; j < word.length(); ) {
        int c = word.codePointAt(j);
        int w = columns(c);
        if (used + w > width) {
          lines.add(stripTrailing(line));
          line.setLength(0);
          used = 0;
        }
        line.appendCodePoint(c);
        used += w;
        j += Character.charCount(c);
      }
      i = end;
    }
    lines.add(stripTrailing(line));
  }

  private static String stripTrailing(StringBuilder line) {
    return line.toString().stripTrailing();
  }
}
