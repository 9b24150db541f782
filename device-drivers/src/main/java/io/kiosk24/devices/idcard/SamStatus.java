package io.kiosk24.devices.idcard;

/** The SW3 byte of a SAM response: what the module made of the request. */
public enum SamStatus {
  OK(0x90, "success"),
  NO_CONTENT(0x91, "no content"),
  CARD_FOUND(0x9F, "card found"),
  CHECKSUM_ERROR(0x10, "the module saw a bad checksum"),
  LENGTH_ERROR(0x11, "the module saw a bad length"),
  COMMAND_ERROR(0x21, "command error"),
  NOT_PERMITTED(0x23, "command not permitted"),
  UNRECOGNISED_COMMAND(0x24, "command not recognised"),
  CARD_AUTHENTICATION_FAILED(0x31, "card authentication failed"),
  SAM_AUTHENTICATION_FAILED(0x32, "SAM authentication failed"),
  VERIFICATION_ERROR(0x33, "verification error"),
  UNKNOWN_CARD_TYPE(0x40, "unknown card type"),
  READ_FAILED(0x41, "reading the card failed"),
  RANDOM_NUMBER_FAILED(0x47, "getting a random number failed"),
  SELF_TEST_FAILED(0x60, "SAM self-test failed"),
  NOT_AUTHORISED(0x66, "SAM not authorised"),
  FIND_FAILED(0x80, "no card found"),
  SELECT_FAILED(0x81, "selecting the card failed"),
  OTHER(-1, "unknown status code");

  private final int code;
  private final String description;

  SamStatus(int code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The SW3 byte, or -1 for {@link #OTHER}. */
  public int code() {
    return code;
  }

  public String description() {
    return description;
  }

  /** The status for an SW3 byte; {@link #OTHER} for a code outside GA 467. */
  public static SamStatus of(int sw3) {
    for (SamStatus s : values()) {
      if (s.code == (sw3 & 0xFF)) {
        return s;
      }
    }
    return OTHER;
  }
}
