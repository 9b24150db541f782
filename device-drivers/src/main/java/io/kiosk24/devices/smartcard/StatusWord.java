package io.kiosk24.devices.smartcard;

/**
 * The two status bytes that end every response APDU (ISO/IEC 7816-4), with what they mean.
 *
 * @param sw1 first status byte, 0–255
 * @param sw2 second status byte, 0–255
 */
public record StatusWord(int sw1, int sw2) {

  public static final StatusWord SUCCESS = new StatusWord(0x90, 0x00);

  public StatusWord {
    if (sw1 < 0 || sw1 > 0xFF || sw2 < 0 || sw2 > 0xFF) {
      throw new IllegalArgumentException("Status bytes are 0..255, not " + sw1 + " " + sw2 + ".");
    }
  }

  /** The status word as one number, such as {@code 0x6A82}. */
  public static StatusWord of(int value) {
    return new StatusWord((value >> 8) & 0xFF, value & 0xFF);
  }

  public int value() {
    return (sw1 << 8) | sw2;
  }

  /** {@code 90 00}: the command did what was asked. */
  public boolean isSuccess() {
    return sw1 == 0x90 && sw2 == 0x00;
  }

  /** {@code 61 xx}: done, and {@code xx} more bytes wait for a GET RESPONSE (00 means 256). */
  public boolean isMoreData() {
    return sw1 == 0x61;
  }

  /** {@code 6C xx}: wrong Le; send the same command again with Le = {@code xx}. */
  public boolean isWrongLe() {
    return sw1 == 0x6C;
  }

  /** {@code 62 xx} and {@code 63 xx}: done with a warning; data may still come. */
  public boolean isWarning() {
    return sw1 == 0x62 || sw1 == 0x63;
  }

  /** What the status word means, in English, for messages and logs. */
  public String meaning() {
    switch (value()) {
      case 0x9000:
        return "success";
      case 0x6281:
        return "part of the returned data may be corrupted";
      case 0x6282:
        return "end of file or record reached before Le bytes";
      case 0x6283:
        return "selected file invalidated";
      case 0x6581:
        return "memory failure";
      case 0x6700:
        return "wrong length";
      case 0x6881:
        return "logical channel not supported";
      case 0x6882:
        return "secure messaging not supported";
      case 0x6981:
        return "command incompatible with file structure";
      case 0x6982:
        return "security status not satisfied";
      case 0x6983:
        return "authentication method blocked";
      case 0x6984:
        return "referenced data invalidated";
      case 0x6985:
        return "conditions of use not satisfied";
      case 0x6986:
        return "command not allowed (no current EF)";
      case 0x6A80:
        return "incorrect parameters in the data field";
      case 0x6A81:
        return "function not supported";
      case 0x6A82:
        return "file or application not found";
      case 0x6A83:
        return "record not found";
      case 0x6A84:
        return "not enough memory space in the file";
      case 0x6A86:
        return "incorrect parameters P1-P2";
      case 0x6A88:
        return "referenced data not found";
      case 0x6B00:
        return "wrong parameters P1-P2";
      case 0x6D00:
        return "instruction code not supported";
      case 0x6E00:
        return "class not supported";
      case 0x6F00:
        return "no precise diagnosis";
      default:
        break;
    }
    return switch (sw1) {
      case 0x61 -> (sw2 == 0 ? 256 : sw2) + " more bytes available (GET RESPONSE)";
      case 0x6C -> "wrong Le; the card has " + (sw2 == 0 ? 256 : sw2) + " bytes";
      case 0x63 ->
          (sw2 & 0xF0) == 0xC0
              ? "verification failed, " + (sw2 & 0x0F) + " tries left"
              : "warning, non-volatile memory changed";
      case 0x62 -> "warning, non-volatile memory unchanged";
      case 0x64 -> "execution error, non-volatile memory unchanged";
      case 0x65 -> "execution error, non-volatile memory changed";
      case 0x67 -> "wrong length";
      case 0x68 -> "functions in CLA not supported";
      case 0x69 -> "command not allowed";
      case 0x6A -> "wrong parameters P1-P2";
      case 0x6E -> "class not supported";
      case 0x6F -> "no precise diagnosis";
      default -> "unknown status";
    };
  }

  @Override
  public String toString() {
    return String.format("%02X%02X (%s)", sw1, sw2, meaning());
  }
}
