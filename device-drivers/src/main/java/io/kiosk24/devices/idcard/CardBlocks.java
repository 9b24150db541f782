package io.kiosk24.devices.idcard;

/**
 * The data of a card-read answer split into its parts: text, WLT photo and (for {@code 30 10})
 * fingerprint. Pure; holds personal data.
 */
record CardBlocks(byte[] text, byte[] photo, byte[] fingerprint) {

  /** Standard size of the WLT photo block. */
  static final int PHOTO_BYTES = 1024;

  /** {@code textLen photoLen [fpLen] text photo [fp]}, lengths big-endian. */
  static byte[] encode(byte[] text, byte[] photo, byte[] fingerprint, boolean withFingerprint) {
    int head = withFingerprint ? 6 : 4;
    byte[] out =
        new byte[head + text.length + photo.length + (withFingerprint ? fingerprint.length : 0)];
    putLength(out, 0, text.length);
    putLength(out, 2, photo.length);
    if (withFingerprint) {
      putLength(out, 4, fingerprint.length);
    }
    System.arraycopy(text, 0, out, head, text.length);
    System.arraycopy(photo, 0, out, head + text.length, photo.length);
    if (withFingerprint) {
      System.arraycopy(fingerprint, 0, out, head + text.length + photo.length, fingerprint.length);
    }
    return out;
  }

  static CardBlocks decode(byte[] data, boolean withFingerprint) throws SamFrameException {
    int head = withFingerprint ? 6 : 4;
    if (data.length < head) {
      throw bad("A card read answer needs " + head + " length bytes, got " + data.length + ".");
    }
    int textLen = length(data, 0);
    int photoLen = length(data, 2);
    int fpLen = withFingerprint ? length(data, 4) : 0;
    if (textLen != CardTextLayout.TEXT_BYTES) {
      throw bad("A card read answer announced " + textLen + " text bytes instead of 256.");
    }
    if (data.length != head + textLen + photoLen + fpLen) {
      throw bad(
          "A card read answer announced "
              + (head + textLen + photoLen + fpLen)
              + " data bytes but carries "
              + data.length
              + ".");
    }
    int at = head;
    byte[] text = CardTextLayout.copy(data, at, at += textLen);
    byte[] photo = CardTextLayout.copy(data, at, at += photoLen);
    byte[] fp = CardTextLayout.copy(data, at, at + fpLen);
    return new CardBlocks(text, photo, fp);
  }

  private static SamFrameException bad(String message) {
    return new SamFrameException(SamFrameException.Problem.BAD_CONTENT, message);
  }

  private static int length(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
  }

  private static void putLength(byte[] b, int at, int v) {
    b[at] = (byte) (v >> 8);
    b[at + 1] = (byte) v;
  }
}
