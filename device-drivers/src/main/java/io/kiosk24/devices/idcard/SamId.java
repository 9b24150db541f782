package io.kiosk24.devices.idcard;

/**
 * The SAM module's 16-byte serial number, shown the way reader vendors print it: {@code
 * 05.01-20101012-0001234567-1234567890}.
 */
public record SamId(String text) {

  /** Bytes in a SAM id. */
  public static final int BYTES = 16;

  /**
   * Formats the 16 bytes of a {@code 12 FF} answer: byte 0 and byte 2 as two decimal digits each,
   * then three little-endian unsigned 32-bit numbers from bytes 4, 8 and 12 (the first in 8 digits,
   * the others in 10).
   */
  public static SamId of(byte[] id) throws SamFrameException {
    if (id.length != BYTES) {
      throw new SamFrameException(
          SamFrameException.Problem.BAD_CONTENT,
          "A SAM id has " + BYTES + " bytes, this answer " + id.length + ".");
    }
    return new SamId(
        String.format(
            "%02d.%02d-%08d-%010d-%010d",
            id[0] & 0xFF, id[2] & 0xFF, u32(id, 4), u32(id, 8), u32(id, 12)));
  }

  /** The 16 bytes that format as {@code text}; the inverse of {@link #of}, for the emulator. */
  public static byte[] bytes(String text) {
    String[] parts = text.split("[.-]");
    if (parts.length != 5) {
      throw new IllegalArgumentException(
          "A SAM id reads like 05.01-20101012-0001234567-1234567890.");
    }
    byte[] id = new byte[BYTES];
    id[0] = (byte) Integer.parseInt(parts[0]);
    id[2] = (byte) Integer.parseInt(parts[1]);
    for (int i = 0; i < 3; i++) {
      long v = Long.parseLong(parts[2 + i]);
      for (int b = 0; b < 4; b++) {
        id[4 + 4 * i + b] = (byte) (v >> (8 * b));
      }
    }
    return id;
  }

  private static long u32(byte[] b, int at) {
    return (b[at] & 0xFFL)
        | (b[at + 1] & 0xFFL) << 8
        | (b[at + 2] & 0xFFL) << 16
        | (b[at + 3] & 0xFFL) << 24;
  }

  @Override
  public String toString() {
    return text;
  }
}
