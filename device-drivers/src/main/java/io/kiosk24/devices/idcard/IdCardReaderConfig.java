package io.kiosk24.devices.idcard;

import java.time.Duration;

/**
 * Timing of a {@link SamIdCardReader}.
 *
 * @param name the device's role, for status events and messages
 * @param pollInterval pause between two "find card" requests while waiting for a card
 * @param replyTimeout longest wait for one answer; a text and photo read takes a real module up to
 *     about a second
 * @param healthInterval how often an idle reader asks the SAM for its status, to notice a vanished
 *     port without a citizen at the terminal
 * @param reconnectMin first pause before reopening a lost port; doubles up to {@code reconnectMax}
 * @param reconnectMax longest pause between two reopen attempts
 */
public record IdCardReaderConfig(
    String name,
    Duration pollInterval,
    Duration replyTimeout,
    Duration healthInterval,
    Duration reconnectMin,
    Duration reconnectMax) {

  /** Sensible values for a GA 467 reader on a serial line. */
  public static IdCardReaderConfig defaults() {
    return new IdCardReaderConfig(
        "idcard",
        Duration.ofMillis(200),
        Duration.ofSeconds(3),
        Duration.ofSeconds(5),
        Duration.ofMillis(250),
        Duration.ofSeconds(5));
  }

  public IdCardReaderConfig withName(String value) {
    return new IdCardReaderConfig(
        value, pollInterval, replyTimeout, healthInterval, reconnectMin, reconnectMax);
  }

  public IdCardReaderConfig withPollInterval(Duration value) {
    return new IdCardReaderConfig(
        name, value, replyTimeout, healthInterval, reconnectMin, reconnectMax);
  }

  public IdCardReaderConfig withReplyTimeout(Duration value) {
    return new IdCardReaderConfig(
        name, pollInterval, value, healthInterval, reconnectMin, reconnectMax);
  }

  public IdCardReaderConfig withHealthInterval(Duration value) {
    return new IdCardReaderConfig(
        name, pollInterval, replyTimeout, value, reconnectMin, reconnectMax);
  }

  public IdCardReaderConfig withReconnect(Duration min, Duration max) {
    return new IdCardReaderConfig(name, pollInterval, replyTimeout, healthInterval, min, max);
  }
}
