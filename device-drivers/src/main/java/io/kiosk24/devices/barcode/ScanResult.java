package io.kiosk24.devices.barcode;

import java.util.Objects;

/**
 * What one scan produced: a decoded code, a rejected line, or (from a camera frame) no code at all.
 * The text of a code may identify a citizen, so {@link Decoded#toString()} leaves it out: log the
 * result freely, never {@link Decoded#text()}.
 */
public sealed interface ScanResult {

  /**
   * A code was read. {@code symbology} is {@link Symbology#UNKNOWN} when the device did not say.
   */
  record Decoded(String text, Symbology symbology) implements ScanResult {

    public Decoded {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(symbology, "symbology");
    }

    /** Shows the symbology and length only: the text itself may be personal. */
    @Override
    public String toString() {
      return "Decoded[symbology=" + symbology + ", length=" + text.length() + "]";
    }
  }

  /** Something came but it was not a usable code; {@code detail} says what, without the content. */
  record Rejected(Reason reason, String detail) implements ScanResult {

    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** A camera frame held no code that could be found. */
  record NoCode() implements ScanResult {}

  /** Why a scan was rejected. */
  enum Reason {
    /** The line held a control character or a byte that cannot be shown. */
    NON_PRINTABLE,
    /** The line grew past the configured maximum before its suffix came. */
    TOO_LONG,
    /** The bytes were not valid in the configured character set. */
    BAD_ENCODING,
    /** A code was found in a frame but could not be decoded (damaged, bad checksum). */
    UNREADABLE
  }
}
