package io.kiosk24.devices.receipt;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * The status bytes of an ESC/POS printer, both ways: real-time status ({@code DLE EOT n}, one byte
 * per query) and automatic status back ({@code GS a}, four bytes sent unasked). Pure functions.
 *
 * <p>Bit layout (bit 0 is the least significant), after the Epson ESC/POS reference:
 *
 * <pre>
 * DLE EOT n answer: bits 1 and 4 always 1, bits 0 and 7 always 0, so a status byte is 0xx1xx10.
 *   n=1 printer        bit 3 offline, bit 5 waiting for recovery, bit 6 feed button pressed
 *   n=2 offline cause  bit 2 cover open, bit 3 paper fed by button, bit 5 stopped by paper end,
 *                      bit 6 error occurred
 *   n=3 error cause    bit 3 autocutter error, bit 5 unrecoverable, bit 6 auto-recoverable
 *   n=4 paper sensor   bits 2+3 near end, bits 5+6 paper end
 * ASB (4 bytes): byte 1 is 0xx1xx00: bit 3 offline, bit 5 cover open, bit 6 feed button;
 *   byte 2 bit 3 autocutter, bit 5 unrecoverable, bit 6 auto-recoverable; byte 3 bits 0+1 near
 *   end, bits 2+3 paper end; bytes 2 to 4 have bits 4 and 7 at 0.
 * </pre>
 *
 * Paired sensor bits are read as set when either is, since some printers raise only one.
 */
public final class EscPosStatus {

  /** The fixed bits of a real-time status byte: 0xx1xx10. */
  private static final int REALTIME_MASK = 0x93;

  private static final int REALTIME_FIXED = 0x12;

  /** The fixed bits of the first ASB byte: 0xx1xx00. */
  private static final int ASB_FIRST_MASK = 0x93;

  private static final int ASB_FIRST_FIXED = 0x10;

  /** Bits 4 and 7 of ASB bytes 2 to 4 are 0. */
  private static final int ASB_REST_MASK = 0x90;

  /** Length of an automatic status back message. */
  public static final int ASB_LENGTH = 4;

  private EscPosStatus() {}

  /** {@code DLE EOT n}, n from 1 to 4. */
  public static byte[] request(int n) {
    checkQuery(n);
    return EscPosCommand.STATUS_REQUEST.with(n);
  }

  /**
   * Reads the answer to {@code DLE EOT n}.
   *
   * @throws EscPosException when the byte's fixed bits are wrong (a framing error: another byte
   *     than the answer was read)
   */
  public static Set<PrinterCondition> parse(int n, int response) throws EscPosException {
    checkQuery(n);
    int b = response & 0xFF;
    if ((b & REALTIME_MASK) != REALTIME_FIXED) {
      throw new EscPosException(
          "Status byte for DLE EOT "
              + n
              + " should look like 0xx1xx10 but was "
              + hex(b)
              + " ("
              + bits(b)
              + ")");
    }
    EnumSet<PrinterCondition> c = EnumSet.noneOf(PrinterCondition.class);
    switch (n) {
      case 1 -> {
        flag(c, b, 0x08, PrinterCondition.OFFLINE);
        flag(c, b, 0x20, PrinterCondition.WAITING_FOR_RECOVERY);
        flag(c, b, 0x40, PrinterCondition.FEED_BUTTON_PRESSED);
      }
      case 2 -> {
        flag(c, b, 0x04, PrinterCondition.COVER_OPEN);
        flag(c, b, 0x08, PrinterCondition.PAPER_FEEDING);
        flag(c, b, 0x20, PrinterCondition.STOPPED_BY_PAPER_END);
        flag(c, b, 0x40, PrinterCondition.ERROR);
      }
      case 3 -> {
        flag(c, b, 0x08, PrinterCondition.CUTTER_ERROR);
        flag(c, b, 0x20, PrinterCondition.UNRECOVERABLE_ERROR);
        flag(c, b, 0x40, PrinterCondition.AUTO_RECOVERABLE_ERROR);
      }
      default -> {
        flag(c, b, 0x0C, PrinterCondition.PAPER_NEAR_END);
        flag(c, b, 0x60, PrinterCondition.PAPER_END);
      }
    }
    return Collections.unmodifiableSet(c);
  }

  /**
   * Reads a four-byte automatic status back message.
   *
   * @throws EscPosException when it is not four bytes or a fixed bit is wrong
   */
  public static Set<PrinterCondition> parseAutomatic(byte[] message) throws EscPosException {
    if (message.length != ASB_LENGTH) {
      throw new EscPosException(
          "Automatic status back should be 4 bytes but was " + message.length);
    }
    int first = message[0] & 0xFF;
    if ((first & ASB_FIRST_MASK) != ASB_FIRST_FIXED) {
      throw new EscPosException(
          "First automatic status byte should look like 0xx1xx00 but was " + hex(first));
    }
    for (int i = 1; i < ASB_LENGTH; i++) {
      if ((message[i] & ASB_REST_MASK) != 0) {
        throw new EscPosException(
            "Automatic status byte "
                + (i + 1)
                + " should have bits 4 and 7 clear but was "
                + hex(message[i] & 0xFF));
      }
    }
    EnumSet<PrinterCondition> c = EnumSet.noneOf(PrinterCondition.class);
    flag(c, first, 0x08, PrinterCondition.OFFLINE);
    flag(c, first, 0x20, PrinterCondition.COVER_OPEN);
    flag(c, first, 0x40, PrinterCondition.FEED_BUTTON_PRESSED);
    int errors = message[1] & 0xFF;
    flag(c, errors, 0x08, PrinterCondition.CUTTER_ERROR);
    flag(c, errors, 0x20, PrinterCondition.UNRECOVERABLE_ERROR);
    flag(c, errors, 0x40, PrinterCondition.AUTO_RECOVERABLE_ERROR);
    int paper = message[2] & 0xFF;
    flag(c, paper, 0x03, PrinterCondition.PAPER_NEAR_END);
    flag(c, paper, 0x0C, PrinterCondition.PAPER_END);
    return Collections.unmodifiableSet(c);
  }

  /** The byte a printer in {@code conditions} answers to {@code DLE EOT n}; for emulators. */
  public static int response(int n, Set<PrinterCondition> conditions) {
    checkQuery(n);
    int b = REALTIME_FIXED;
    switch (n) {
      case 1 -> {
        b |= bit(conditions, PrinterCondition.OFFLINE, 0x08);
        b |= bit(conditions, PrinterCondition.WAITING_FOR_RECOVERY, 0x20);
        b |= bit(conditions, PrinterCondition.FEED_BUTTON_PRESSED, 0x40);
      }
      case 2 -> {
        b |= bit(conditions, PrinterCondition.COVER_OPEN, 0x04);
        b |= bit(conditions, PrinterCondition.PAPER_FEEDING, 0x08);
        b |= bit(conditions, PrinterCondition.STOPPED_BY_PAPER_END, 0x20);
        b |= bit(conditions, PrinterCondition.ERROR, 0x40);
      }
      case 3 -> {
        b |= bit(conditions, PrinterCondition.CUTTER_ERROR, 0x08);
        b |= bit(conditions, PrinterCondition.UNRECOVERABLE_ERROR, 0x20);
        b |= bit(conditions, PrinterCondition.AUTO_RECOVERABLE_ERROR, 0x40);
      }
      default -> {
        b |= bit(conditions, PrinterCondition.PAPER_NEAR_END, 0x0C);
        b |= bit(conditions, PrinterCondition.PAPER_END, 0x60);
      }
    }
    return b;
  }

  /** The automatic status back message of a printer in {@code conditions}; for emulators. */
  public static byte[] automatic(Set<PrinterCondition> conditions) {
    int first = ASB_FIRST_FIXED;
    first |= bit(conditions, PrinterCondition.OFFLINE, 0x08);
    first |= bit(conditions, PrinterCondition.COVER_OPEN, 0x20);
    first |= bit(conditions, PrinterCondition.FEED_BUTTON_PRESSED, 0x40);
    int errors = 0;
    errors |= bit(conditions, PrinterCondition.CUTTER_ERROR, 0x08);
    errors |= bit(conditions, PrinterCondition.UNRECOVERABLE_ERROR, 0x20);
    errors |= bit(conditions, PrinterCondition.AUTO_RECOVERABLE_ERROR, 0x40);
    int paper = 0;
    paper |= bit(conditions, PrinterCondition.PAPER_NEAR_END, 0x03);
    paper |= bit(conditions, PrinterCondition.PAPER_END, 0x0C);
    return new byte[] {(byte) first, (byte) errors, (byte) paper, 0};
  }

  private static void checkQuery(int n) {
    if (n < 1 || n > 4) {
      throw new IllegalArgumentException("DLE EOT n takes n from 1 to 4, not " + n);
    }
  }

  private static void flag(Set<PrinterCondition> set, int b, int mask, PrinterCondition c) {
    if ((b & mask) != 0) {
      set.add(c);
    }
  }

  private static int bit(Set<PrinterCondition> set, PrinterCondition c, int mask) {
    return set.contains(c) ? mask : 0;
  }

  static String hex(int b) {
    return "0x" + HexFormat.of().withUpperCase().toHexDigits((byte) b);
  }

  private static String bits(int b) {
    String s = Integer.toBinaryString(b | 0x100).substring(1);
    return s;
  }
}
