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
 */
public record KioskState(
    Screen screen,
    String instruction,
    Optional<String> greeting,
    Optional<String> notice,
    OptionalInt countdownSeconds) {

  public KioskState {
    Objects.requireNonNull(screen, "screen");
    Objects.requireNonNull(instruction, "instruction");
    Objects.requireNonNull(greeting, "greeting");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(countdownSeconds, "countdownSeconds");
    if (greeting.isPresent() && screen != Screen.GREETING) {
      throw new IllegalArgumentException("a greeting belongs on the greeting screen only");
    }
  }

  static KioskState home(Optional<String> notice) {
    return new KioskState(
        Screen.HOME, CitizenText.CHOOSE_ITEM, Optional.empty(), notice, OptionalInt.empty());
  }
}
