package io.kiosk24.kiosk.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the terminal shows now, as plain values a view renders.
 *
 * @param screen which screen is up
 * @param instruction what the citizen should do now
 * @param greeting the greeting with the masked name, only on {@link Screen#GREETING}
 * @param notice a sentence about something that went wrong or is not available, if any
 * @param countdownSeconds seconds until the terminal returns home by itself, when close enough to
 *     show
 * @param receiptButton the 打印回执 button, only on {@link Screen#GREETING} and only when the terminal
 *     has a receipt printer; empty hides it
 */
public record KioskState(
    Screen screen,
    String instruction,
    Optional<String> greeting,
    Optional<String> notice,
    OptionalInt countdownSeconds,
    Optional<ReceiptButton> receiptButton) {

  /** A state without a receipt button. */
  public KioskState(
      Screen screen,
      String instruction,
      Optional<String> greeting,
      Optional<String> notice,
      OptionalInt countdownSeconds) {
    this(screen, instruction, greeting, notice, countdownSeconds, Optional.empty());
  }

  public KioskState {
    Objects.requireNonNull(screen, "screen");
    Objects.requireNonNull(instruction, "instruction");
    Objects.requireNonNull(greeting, "greeting");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(countdownSeconds, "countdownSeconds");
    Objects.requireNonNull(receiptButton, "receiptButton");
    if (greeting.isPresent() && screen != Screen.GREETING) {
      throw new IllegalArgumentException("a greeting belongs on the greeting screen only");
    }
    if (receiptButton.isPresent() && screen != Screen.GREETING) {
      throw new IllegalArgumentException("the receipt button belongs on the greeting screen only");
    }
  }

  static KioskState home(Optional<String> notice) {
    return new KioskState(
        Screen.HOME, CitizenText.CHOOSE_ITEM, Optional.empty(), notice, OptionalInt.empty());
  }
}
