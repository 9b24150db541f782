package io.kiosk24.devices.smartcard;

import io.kiosk24.devices.DeviceException;
import java.util.Optional;

/**
 * A smart card operation failed; {@link #reason()} says how, for the flow to tell the citizen what
 * to do next. Messages name the reader and the command, never what the card holds.
 */
public class SmartCardException extends DeviceException {
  private static final long serialVersionUID = 1L;

  /** Why an operation failed, as a citizen-facing flow needs to distinguish it. */
  public enum Reason {
    /** No PC/SC service, or no reader matching the configuration. */
    NO_READER,
    /** The reader is there but holds no card. */
    NO_CARD,
    /** The card was taken out (or lost power) during the operation. */
    CARD_REMOVED,
    /** The reader or the PC/SC service failed while the card stayed in. */
    COMMUNICATION,
    /** The card answered something that is not a well-formed response. */
    BAD_RESPONSE,
    /** The card answered a command with an error status word. */
    CARD_REFUSED,
    /** The card is not one the application knows (its application could not be selected). */
    WRONG_CARD
  }

  private final Reason reason;
  private final transient StatusWord statusWord;

  public SmartCardException(Reason reason, String message) {
    this(reason, message, null, null);
  }

  public SmartCardException(Reason reason, String message, Throwable cause) {
    this(reason, message, null, cause);
  }

  public SmartCardException(Reason reason, String message, StatusWord statusWord) {
    this(reason, message, statusWord, null);
  }

  private SmartCardException(
      Reason reason, String message, StatusWord statusWord, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.statusWord = statusWord;
  }

  public Reason reason() {
    return reason;
  }

  /** The status word the card answered, when the failure is the card's refusal. */
  public Optional<StatusWord> statusWord() {
    return Optional.ofNullable(statusWord);
  }
}
