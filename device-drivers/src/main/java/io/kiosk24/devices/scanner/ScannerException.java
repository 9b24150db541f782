package io.kiosk24.devices.scanner;

import io.kiosk24.devices.DeviceException;

/** A scan or a device listing failed; the message says why in one sentence. */
public class ScannerException extends DeviceException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, for callers that react differently. */
  public enum Reason {
    /** The {@code scanimage} program could not be started (sane-utils not installed). */
    SCANIMAGE_MISSING,
    /** SANE does not know the configured device, or could not open it. */
    NO_DEVICE,
    /** {@code scanimage} ended with an error. */
    FAILED,
    /** {@code scanimage} took longer than allowed and was stopped. */
    TIMEOUT,
    /** The waiting thread was interrupted; {@code scanimage} was stopped. */
    INTERRUPTED,
    /** The scan or its output file could not be written or read. */
    IO
  }

  private final Reason reason;

  public ScannerException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public ScannerException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
