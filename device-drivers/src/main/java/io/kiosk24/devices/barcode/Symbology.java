package io.kiosk24.devices.barcode;

import java.util.Optional;

/**
 * The kind of code a scan came from. Serial scanners tell it only when their AIM symbology
 * identifier is switched on ({@code ]Q1} before a QR payload); otherwise it is {@link #UNKNOWN}.
 */
public enum Symbology {
  QR_CODE('Q'),
  PDF_417('L'),
  CODE_128('C'),
  DATA_MATRIX('d'),
  EAN_UPC('E'),
  CODE_39('A'),
  UNKNOWN('\0');

  private final char aimLetter;

  Symbology(char aimLetter) {
    this.aimLetter = aimLetter;
  }

  /** The code character of an AIM identifier ({@code ]Xm}) for this symbology. */
  public char aimLetter() {
    return aimLetter;
  }

  /** The symbology an AIM code character stands for, if it is one Kiosk24 knows. */
  public static Optional<Symbology> ofAimLetter(char letter) {
    for (Symbology s : values()) {
      if (s != UNKNOWN && s.aimLetter == letter) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
