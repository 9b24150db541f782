package io.kiosk24.devices.receipt;

/** Roll width of a receipt printer, with what fits on a line in the printer's standard font. */
public enum PaperWidth {
  /** 80 mm roll: 576 dots, 48 columns of 12 dots (24 Chinese characters). */
  MM_80(80, 576, 48),
  /** 58 mm roll: 384 dots, 32 columns of 12 dots (16 Chinese characters). */
  MM_58(58, 384, 32);

  private final int millimetres;
  private final int dots;
  private final int columns;

  PaperWidth(int millimetres, int dots, int columns) {
    this.millimetres = millimetres;
    this.dots = dots;
    this.columns = columns;
  }

  public int millimetres() {
    return millimetres;
  }

  /** Printable width in dots. */
  public int dots() {
    return dots;
  }

  /** Columns of the standard font; a Chinese character takes two. */
  public int columns() {
    return columns;
  }

  /** Dots per column of the standard font (12 x 24 for ASCII, 24 x 24 for Chinese). */
  public static int dotsPerColumn() {
    return 12;
  }

  /**
   * The width for a configuration value {@code 80} or {@code 58}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static PaperWidth ofMillimetres(String value) {
    for (PaperWidth width : values()) {
      if (String.valueOf(width.millimetres).equals(value.trim())) {
        return width;
      }
    }
    throw new IllegalArgumentException("Paper width must be 80 or 58 (mm), not '" + value + "'");
  }
}
