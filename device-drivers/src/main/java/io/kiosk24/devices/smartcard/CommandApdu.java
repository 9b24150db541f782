package io.kiosk24.devices.smartcard;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A short command APDU (ISO/IEC 7816-3/-4): header {@code CLA INS P1 P2}, optional data (Lc 1–255),
 * optional expected length (Le 1–256, sent as one byte, 256 as {@code 00}).
 *
 * <p>The four cases: 1 header only; 2 header + Le; 3 header + Lc + data; 4 header + Lc + data + Le.
 *
 * @param le expected response length 1–256, or {@link #NO_LE}
 */
public record CommandApdu(int cla, int ins, int p1, int p2, byte[] data, int le) {

  /** {@code le} value of a command that expects no response data. */
  public static final int NO_LE = -1;

  public CommandApdu {
    checkByte("CLA", cla);
    checkByte("INS", ins);
    checkByte("P1", p1);
    checkByte("P2", p2);
    data = data == null ? new byte[0] : data.clone();
    if (data.length > 255) {
      throw new IllegalArgumentException(
          "A short APDU carries at most 255 data bytes, not " + data.length + ".");
    }
    if (le != NO_LE && (le < 1 || le > 256)) {
      throw new IllegalArgumentException("Le is 1..256 in a short APDU, not " + le + ".");
    }
  }

  /** Case 1: header only. */
  public static CommandApdu of(int cla, int ins, int p1, int p2) {
    return new CommandApdu(cla, ins, p1, p2, null, NO_LE);
  }

  /** SELECT by DF name (AID), first or only occurrence, FCI requested. */
  public static CommandApdu selectByName(byte[] aid) {
    return new CommandApdu(0x00, 0xA4, 0x04, 0x00, aid, NO_LE);
  }

  /**
   * SELECT by two-byte file id, with {@code p1} saying where (00 any, 01 child DF, 02 child EF).
   */
  public static CommandApdu selectFile(int p1, int fileId) {
    return new CommandApdu(
        0x00, 0xA4, p1, 0x00, new byte[] {(byte) (fileId >> 8), (byte) fileId}, NO_LE);
  }

  /** READ RECORD {@code record} of the current EF ({@code P2 = 04}), expecting {@code le} bytes. */
  public static CommandApdu readRecord(int record, int le) {
    return new CommandApdu(0x00, 0xB2, record, 0x04, null, le);
  }

  /** GET RESPONSE for the {@code le} bytes a {@code 61 xx} announced. */
  public static CommandApdu getResponse(int le) {
    return new CommandApdu(0x00, 0xC0, 0x00, 0x00, null, le);
  }

  /** The same command with another Le, as a {@code 6C xx} asks. */
  public CommandApdu withLe(int value) {
    return new CommandApdu(cla, ins, p1, p2, data, value);
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  /** 1, 2, 3 or 4, by ISO/IEC 7816-3. */
  public int isoCase() {
    boolean hasData = data.length > 0;
    boolean hasLe = le != NO_LE;
    return hasData ? (hasLe ? 4 : 3) : (hasLe ? 2 : 1);
  }

  /** The bytes to send. */
  public byte[] encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(5 + data.length + 1);
    out.write(cla);
    out.write(ins);
    out.write(p1);
    out.write(p2);
    if (data.length > 0) {
      out.write(data.length);
      out.writeBytes(data);
    }
    if (le != NO_LE) {
      out.write(le == 256 ? 0 : le);
    }
    return out.toByteArray();
  }

  /**
   * Reads a short APDU back; the inverse of {@link #encode()}.
   *
   * @throws IllegalArgumentException when the bytes are no short APDU
   */
  public static CommandApdu decode(byte[] bytes) {
    if (bytes.length < 4) {
      throw new IllegalArgumentException("An APDU has at least 4 bytes, not " + bytes.length + ".");
    }
    int cla = bytes[0] & 0xFF;
    int ins = bytes[1] & 0xFF;
    int p1 = bytes[2] & 0xFF;
    int p2 = bytes[3] & 0xFF;
    if (bytes.length == 4) {
      return new CommandApdu(cla, ins, p1, p2, null, NO_LE);
    }
    int b = bytes[4] & 0xFF;
    if (bytes.length == 5) {
      return new CommandApdu(cla, ins, p1, p2, null, b == 0 ? 256 : b);
    }
    if (b == 0) {
      throw new IllegalArgumentException("Extended-length APDUs are not supported.");
    }
    if (bytes.length == 5 + b) {
      return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(bytes, 5, 5 + b), NO_LE);
    }
    if (bytes.length == 6 + b) {
      int le = bytes[5 + b] & 0xFF;
      return new CommandApdu(
          cla, ins, p1, p2, Arrays.copyOfRange(bytes, 5, 5 + b), le == 0 ? 256 : le);
    }
    throw new IllegalArgumentException(
        "Lc says " + b + " data bytes but the APDU has " + bytes.length + " bytes in all.");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CommandApdu c
        && c.cla == cla
        && c.ins == ins
        && c.p1 == p1
        && c.p2 == p2
        && c.le == le
        && Arrays.equals(c.data, data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }

  /** The header and lengths only: the data field may be personal. */
  @Override
  public String toString() {
    return String.format(
        "%02X %02X %02X %02X%s%s",
        cla,
        ins,
        p1,
        p2,
        data.length > 0 ? " Lc=" + data.length : "",
        le != NO_LE ? " Le=" + le : "");
  }

  /** The command's header as hex, such as {@code 00B20704}, for messages. */
  public String header() {
    return HexFormat.of()
        .withUpperCase()
        .formatHex(new byte[] {(byte) cla, (byte) ins, (byte) p1, (byte) p2});
  }

  private static void checkByte(String name, int value) {
    if (value < 0 || value > 0xFF) {
      throw new IllegalArgumentException(name + " is one byte (0..255), not " + value + ".");
    }
  }
}
