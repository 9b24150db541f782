package io.kiosk24.devices.idcard;

import io.kiosk24.devices.DeviceException;

/** An identity card read failed; {@link #reason()} says how, for the flow to tell the citizen. */
public class IdCardException extends DeviceException {
  private static final long serialVersionUID = 1L;

  /** Why a read failed, as a citizen-facing flow needs to distinguish it. */
  public enum Reason {
    NO_CARD,
    CARD_REMOVED,
    SAM_FAULT,
    TIMEOUT,
    BAD_FRAME,
    UNKNOWN_CARD
  }

  private final Reason reason;

  public IdCardException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public IdCardException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
