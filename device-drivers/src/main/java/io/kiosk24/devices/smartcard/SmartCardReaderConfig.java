package io.kiosk24.devices.smartcard;

import java.time.Duration;

/**
 * Settings of a {@link PcscCardReader}.
 *
 * @param name the device's role, for status events and messages
 * @param readerFilter part of the PC/SC reader name to use (case-insensitive); empty takes the
 *     first reader
 * @param watchInterval longest single wait for a card change; also how soon a vanished reader shows
 * @param removalGrace after a failed exchange, how long to wait for the reader to report the card
 *     gone before calling the failure a communication error rather than a removal
 * @param reconnectMin first pause before looking for a lost reader again; doubles up to {@code
 *     reconnectMax}
 */
public record SmartCardReaderConfig(
    String name,
    String readerFilter,
    Duration watchInterval,
    Duration removalGrace,
    Duration reconnectMin,
    Duration reconnectMax) {

  public SmartCardReaderConfig {
    readerFilter = readerFilter == null ? "" : readerFilter.strip();
  }

  public static SmartCardReaderConfig defaults() {
    return new SmartCardReaderConfig(
        "smartcard",
        "",
        Duration.ofMillis(500),
        Duration.ofMillis(1500),
        Duration.ofMillis(250),
        Duration.ofSeconds(5));
  }

  public SmartCardReaderConfig withName(String value) {
    return new SmartCardReaderConfig(
        value, readerFilter, watchInterval, removalGrace, reconnectMin, reconnectMax);
  }

  public SmartCardReaderConfig withReaderFilter(String value) {
    return new SmartCardReaderConfig(
        name, value, watchInterval, removalGrace, reconnectMin, reconnectMax);
  }

  public SmartCardReaderConfig withWatchInterval(Duration value) {
    return new SmartCardReaderConfig(
        name, readerFilter, value, removalGrace, reconnectMin, reconnectMax);
  }

  public SmartCardReaderConfig withReconnect(Duration min, Duration max) {
    return new SmartCardReaderConfig(name, readerFilter, watchInterval, removalGrace, min, max);
  }
}
