package io.kiosk24.devices.smartcard;

import java.util.Arrays;

/** A response APDU: the data the card returned, then its status word. */
public record ResponseApdu(byte[] data, StatusWord statusWord) {

  public ResponseApdu {
    data = data.clone();
  }

  /**
   * Splits raw response bytes.
   *
   * @throws SmartCardException with reason {@code BAD_RESPONSE} for fewer than two bytes
   */
  public static ResponseApdu parse(byte[] bytes) throws SmartCardException {
    if (bytes == null || bytes.length < 2) {
      throw new SmartCardException(
          SmartCardException.Reason.BAD_RESPONSE,
          "The card answered "
              + (bytes == null ? 0 : bytes.length)
              + " bytes; a response has at least the two status bytes.");
    }
    int n = bytes.length;
    return new ResponseApdu(
        Arrays.copyOf(bytes, n - 2), new StatusWord(bytes[n - 2] & 0xFF, bytes[n - 1] & 0xFF));
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResponseApdu r
        && Arrays.equals(r.data, data)
        && r.statusWord.equals(statusWord);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(data) + statusWord.hashCode();
  }

  /** Length and status only: the data may be personal. */
  @Override
  public String toString() {
    return data.length + " bytes, " + statusWord;
  }
}
