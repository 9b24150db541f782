package io.kiosk24.devices.receipt;

import java.util.Arrays;

/**
 * The ESC/POS commands Kiosk24 writes or understands, with their bytes. The one table both the
 * {@link EscPos} builder and the emulator's {@link EscPosParser} read, so the two cannot drift.
 */
enum EscPosCommand {
  LINE_FEED(Shape.FIXED, 0, 0x0A),
  INIT(Shape.FIXED, 0, 0x1B, 0x40),
  CHINESE_ON(Shape.FIXED, 0, 0x1C, 0x26),
  CHINESE_OFF(Shape.FIXED, 0, 0x1C, 0x2E),
  ALIGN(Shape.FIXED, 1, 0x1B, 0x61),
  BOLD(Shape.FIXED, 1, 0x1B, 0x45),
  SIZE(Shape.FIXED, 1, 0x1D, 0x21),
  FEED_LINES(Shape.FIXED, 1, 0x1B, 0x64),
  /** {@code GS ( k pL pH cn fn ...}: a 2D symbol function; pL + 256 pH bytes follow pH. */
  SYMBOL(Shape.SYMBOL, 0, 0x1D, 0x28, 0x6B),
  /** {@code GS v 0 m xL xH yL yH d...}: a raster image, (xL + 256 xH) bytes per row. */
  RASTER(Shape.RASTER, 0, 0x1D, 0x76, 0x30),
  /** {@code GS V m [n]}: cut; m 0/1/48/49 take no n, the feed-then-cut forms take one. */
  CUT(Shape.CUT, 0, 0x1D, 0x56),
  /** {@code DLE EOT n}: real-time status request; the printer answers one byte. */
  STATUS_REQUEST(Shape.FIXED, 1, 0x10, 0x04),
  /** {@code GS a n}: enables (n != 0) or disables automatic status back. */
  AUTO_STATUS_BACK(Shape.FIXED, 1, 0x1D, 0x61),

  // Accepted from other software and ignored by the emulator.
  CARRIAGE_RETURN(Shape.FIXED, 0, 0x0D),
  HORIZONTAL_TAB(Shape.FIXED, 0, 0x09),
  FORM_FEED(Shape.FIXED, 0, 0x0C),
  NUL(Shape.FIXED, 0, 0x00),
  PRINT_MODE(Shape.FIXED, 1, 0x1B, 0x21),
  CHARACTER_SPACING(Shape.FIXED, 1, 0x1B, 0x20),
  UNDERLINE(Shape.FIXED, 1, 0x1B, 0x2D),
  DEFAULT_LINE_SPACING(Shape.FIXED, 0, 0x1B, 0x32),
  LINE_SPACING(Shape.FIXED, 1, 0x1B, 0x33),
  FEED_DOTS(Shape.FIXED, 1, 0x1B, 0x4A),
  CHARACTER_FONT(Shape.FIXED, 1, 0x1B, 0x4D),
  CODE_TABLE(Shape.FIXED, 1, 0x1B, 0x74),
  REVERSE(Shape.FIXED, 1, 0x1D, 0x42),
  LEFT_MARGIN(Shape.FIXED, 2, 0x1D, 0x4C),
  PRINT_AREA_WIDTH(Shape.FIXED, 2, 0x1D, 0x57),
  CHINESE_PRINT_MODE(Shape.FIXED, 1, 0x1C, 0x21),
  CHINESE_UNDERLINE(Shape.FIXED, 1, 0x1C, 0x2D);

  /** How the bytes after the prefix are laid out. */
  enum Shape {
    /** A fixed number of parameter bytes. */
    FIXED,
    /** pL pH, then pL + 256 pH bytes. */
    SYMBOL,
    /** m xL xH yL yH, then (xL + 256 xH) * (yL + 256 yH) bytes. */
    RASTER,
    /** m, then one more byte for the feed-and-cut forms. */
    CUT
  }

  /** Symbol function codes after {@code GS ( k}: cn 49 is QR Code. */
  static final int QR = 0x31;

  static final int QR_MODEL = 0x41;
  static final int QR_MODULE_SIZE = 0x43;
  static final int QR_ERROR_LEVEL = 0x45;
  static final int QR_STORE = 0x50;
  static final int QR_PRINT = 0x51;

  /** The largest raster image one {@code GS v 0} may carry here: 255 bytes wide, 4095 rows. */
  static final int MAX_RASTER_WIDTH_BYTES = 255;

  static final int MAX_RASTER_ROWS = 4095;

  private final Shape shape;
  private final int parameters;
  private final byte[] prefix;

  EscPosCommand(Shape shape, int parameters, int... prefix) {
    this.shape = shape;
    this.parameters = parameters;
    this.prefix = new byte[prefix.length];
    for (int i = 0; i < prefix.length; i++) {
      this.prefix[i] = (byte) prefix[i];
    }
  }

  Shape shape() {
    return shape;
  }

  /** Number of parameter bytes of a {@link Shape#FIXED} command. */
  int parameters() {
    return parameters;
  }

  int prefixLength() {
    return prefix.length;
  }

  byte prefixByte(int index) {
    return prefix[index];
  }

  /** The command's prefix followed by {@code params}, each taken as an unsigned byte. */
  byte[] with(int... params) {
    byte[] bytes = Arrays.copyOf(prefix, prefix.length + params.length);
    for (int i = 0; i < params.length; i++) {
      if (params[i] < 0 || params[i] > 0xFF) {
        throw new IllegalArgumentException(name() + " parameter out of byte range: " + params[i]);
      }
      bytes[prefix.length + i] = (byte) params[i];
    }
    return bytes;
  }

  /** Whether {@code data} from {@code offset} starts with this command's prefix (given enough). */
  boolean prefixMatches(byte[] data, int offset, int end) {
    if (end - offset < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes from {@code offset} could still become this command's prefix. */
  boolean prefixBegins(byte[] data, int offset, int end) {
    int n = Math.min(end - offset, prefix.length);
    for (int i = 0; i < n; i++) {
      if (data[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
