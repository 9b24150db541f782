package io.kiosk24.devices.barcode;

import java.util.Locale;

/** The bytes a serial scanner sends after each code; set to match the scanner's own setting. */
public enum LineSuffix {
  CR(new byte[] {'\r'}),
  LF(new byte[] {'\n'}),
  CRLF(new byte[] {'\r', '\n'}),
  TAB(new byte[] {'\t'});

  private final byte[] bytes;

  LineSuffix(byte[] bytes) {
    this.bytes = bytes;
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  int length() {
    return bytes.length;
  }

  byte at(int index) {
    return bytes[index];
  }

  /**
   * Reads a configured suffix name: {@code CR}, {@code LF}, {@code CRLF} or {@code TAB}, in any
   * case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static LineSuffix parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("must be CR, LF, CRLF or TAB, not '" + name + "'", e);
    }
  }
}
