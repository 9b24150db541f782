package io.kiosk24.devices.smartcard;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * A social security card in memory: answers the SSSE profile {@link SsseApplication} reads, with
 * the records {@link SsseRecords#encode} writes. It behaves as {@code ssse_card.py} (the card the
 * PC/SC tests put in vpcd) and as real cards do where it matters to a terminal: SELECT by name
 * answers {@code 61 xx} (the terminal must GET RESPONSE), READ RECORD with a wrong Le answers
 * {@code 6C xx} (the terminal must send it again with the right Le).
 *
 * <p>Not thread-safe; the terminal serialises access.
 */
final class EmulatedSsseCard {

  /** The ATR: T=0 and T=1, historical bytes "K24-SSSE"; the same as ssse_card.py's. */
  static final byte[] ATR = HexFormat.of().parseHex("3B8880014B32342D535353457F");

  private static final byte[] OK = {(byte) 0x90, 0x00};

  private final Map<Integer, byte[]> records;
  private boolean applicationSelected;
  private boolean ef05Selected;
  private byte[] pending = new byte[0];

  EmulatedSsseCard(SocialSecurityCard card) {
    this.records = SsseRecords.encode(card);
  }

  byte[] atr() {
    return ATR.clone();
  }

  /** Power-up or reset: nothing selected. */
  void reset() {
    applicationSelected = false;
    ef05Selected = false;
    pending = new byte[0];
  }

  /** Answers one command APDU with its response data and status word. */
  byte[] transmit(byte[] command) {
    CommandApdu apdu;
    try {
      apdu = CommandApdu.decode(command);
    } catch (IllegalArgumentException e) {
      return sw(0x6700);
    }
    if (apdu.cla() != 0x00) {
      return sw(0x6E00);
    }
    return switch (apdu.ins()) {
      case 0xA4 -> select(apdu);
      case 0xC0 -> getResponse(apdu);
      case 0xB2 -> readRecord(apdu);
      default -> sw(0x6D00);
    };
  }

  private byte[] select(CommandApdu apdu) {
    byte[] data = apdu.data();
    if (apdu.p1() == 0x04) {
      if (!Arrays.equals(data, SsseApplication.AID)) {
        return sw(0x6A82);
      }
      applicationSelected = true;
      ef05Selected = false;
      // FCI: 6F L 84 L AID, fetched with GET RESPONSE
      ByteArrayOutputStream fci = new ByteArrayOutputStream();
      fci.write(0x6F);
      fci.write(SsseApplication.AID.length + 2);
      fci.write(0x84);
      fci.write(SsseApplication.AID.length);
      fci.writeBytes(SsseApplication.AID);
      pending = fci.toByteArray();
      return sw(0x6100 | pending.length);
    }
    if (Arrays.equals(data, new byte[] {0x3F, 0x00})) {
      applicationSelected = false;
      ef05Selected = false;
      return OK.clone();
    }
    if (applicationSelected && Arrays.equals(data, new byte[] {(byte) 0xEF, 0x05})) {
      ef05Selected = true;
      return OK.clone();
    }
    return sw(0x6A82);
  }

  private byte[] getResponse(CommandApdu apdu) {
    byte[] out = pending;
    pending = new byte[0];
    if (out.length == 0) {
      return sw(0x6985);
    }
    if (apdu.le() != CommandApdu.NO_LE && apdu.le() != 256 && apdu.le() != out.length) {
      pending = out;
      return sw(0x6C00 | out.length);
    }
    return withOk(out);
  }

  private byte[] readRecord(CommandApdu apdu) {
    if (!ef05Selected) {
      return sw(0x6986);
    }
    if (apdu.p2() != 0x04) {
      return sw(0x6A86);
    }
    byte[] record = records.get(apdu.p1());
    if (record == null) {
      return sw(0x6A83);
    }
    if (apdu.le() != record.length) {
      return sw(0x6C00 | record.length);
    }
    return withOk(record);
  }

  private static byte[] withOk(byte[] data) {
    byte[] out = Arrays.copyOf(data, data.length + 2);
    out[data.length] = (byte) 0x90;
    out[data.length + 1] = 0x00;
    return out;
  }

  private static byte[] sw(int word) {
    return new byte[] {(byte) (word >> 8), (byte) word};
  }
}
