package io.kiosk24.kiosk.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing and naming of the terminal's citizen screens.
 *
 * @param terminalName shown in the header
 * @param cardReadTimeout how long one read call waits for a card before the reader says no card
 * @param retryDelay pause between a failed read and the next attempt
 * @param greetingTime how long the greeting stays up before the terminal returns home
 * @param inactivityTimeout how long a screen waits for a touch before the session ends
 * @param countdownShownFrom the countdown to the automatic return appears when this much is left
 */
public record KioskSettings(
    String terminalName,
    Duration cardReadTimeout,
    Duration retryDelay,
    Duration greetingTime,
    Duration inactivityTimeout,
    Duration countdownShownFrom) {

  /** Defaults for a standard terminal. */
  public static final KioskSettings DEFAULTS =
      new KioskSettings(
          "Kiosk24 政务服务自助终端",
          Duration.ofSeconds(5),
          Duration.ofMillis(500),
          Duration.ofSeconds(8),
          Duration.ofSeconds(60),
          Duration.ofSeconds(15));

  public KioskSettings {
    Objects.requireNonNull(terminalName, "terminalName");
    requireAtLeast(cardReadTimeout, Duration.ofMillis(100), "cardReadTimeout");
    requireAtLeast(retryDelay, Duration.ZERO, "retryDelay");
    requireAtLeast(greetingTime, Duration.ofSeconds(1), "greetingTime");
    requireAtLeast(inactivityTimeout, Duration.ofSeconds(1), "inactivityTimeout");
    requireAtLeast(countdownShownFrom, Duration.ZERO, "countdownShownFrom");
  }

  public KioskSettings withTerminalName(String name) {
    return new KioskSettings(
        name, cardReadTimeout, retryDelay, greetingTime, inactivityTimeout, countdownShownFrom);
  }

  public KioskSettings withCardReadTimeout(Duration timeout) {
    return new KioskSettings(
        terminalName, timeout, retryDelay, greetingTime, inactivityTimeout, countdownShownFrom);
  }

  public KioskSettings withRetryDelay(Duration delay) {
    return new KioskSettings(
        terminalName, cardReadTimeout, delay, greetingTime, inactivityTimeout, countdownShownFrom);
  }

  public KioskSettings withGreetingTime(Duration time) {
    return new KioskSettings(
        terminalName, cardReadTimeout, retryDelay, time, inactivityTimeout, countdownShownFrom);
  }

  public KioskSettings withInactivityTimeout(Duration timeout) {
    return new KioskSettings(
        terminalName, cardReadTimeout, retryDelay, greetingTime, timeout, countdownShownFrom);
  }

  public KioskSettings withCountdownShownFrom(Duration shownFrom) {
    return new KioskSettings(
        terminalName, cardReadTimeout, retryDelay, greetingTime, inactivityTimeout, shownFrom);
  }

  /** Whole seconds, rounded up, for the one-second countdown. */
  static int seconds(Duration duration) {
    long millis = duration.toMillis();
    return (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000);
  }

  private static void requireAtLeast(Duration value, Duration min, String name) {
    Objects.requireNonNull(value, name);
    if (value.compareTo(min) < 0) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
    }
  }
}
