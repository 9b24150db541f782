package io.kiosk24.devices.idcard;

/** Bytes from the reader did not make a valid SAM frame. Its reason is always {@code BAD_FRAME}. */
public class SamFrameException extends IdCardException {
  private static final long serialVersionUID = 1L;

  /** What was wrong with the bytes. */
  public enum Problem {
    /** No {@code AA AA AA 96 69} header in the bytes. */
    NO_HEADER,
    /** A header, but fewer bytes than its length field promised. */
    TRUNCATED,
    /** The length field is too small for a frame or larger than any SAM answer. */
    BAD_LENGTH,
    /** The XOR checksum does not match. */
    BAD_CHECKSUM,
    /** A well-formed frame whose contents do not fit the command it answers. */
    BAD_CONTENT
  }

  private final Problem problem;

  public SamFrameException(Problem problem, String message) {
    super(Reason.BAD_FRAME, message);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
