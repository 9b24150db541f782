package io.kiosk24.devices.barcode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * How a barcode scanner frames and decodes what it reads.
 *
 * @param name the device's role, for logs and events
 * @param suffix what ends each code on a serial line
 * @param maxLength the longest code in bytes; longer lines are rejected
 * @param charset how a serial scanner's bytes become text (UTF-8 unless the scanner is set to
 *     GB18030); for camera frames, the character set a QR code without an ECI is read in
 * @param aimIds whether a serial scanner prefixes each code with its AIM identifier ({@code ]Q1})
 * @param repeatWindow how long a camera ignores the same code seen again in following frames
 * @param reconnectMin the first pause before reopening a lost port; doubled up to {@code
 *     reconnectMax}
 */
public record BarcodeScannerConfig(
    String name,
    LineSuffix suffix,
    int maxLength,
    Charset charset,
    boolean aimIds,
    Duration repeatWindow,
    Duration reconnectMin,
    Duration reconnectMax) {

  public static final int DEFAULT_MAX_LENGTH = 4096;

  public BarcodeScannerConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(suffix, "suffix");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(repeatWindow, "repeatWindow");
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, not " + maxLength);
    }
    if (reconnectMin.isNegative()
        || reconnectMin.isZero()
        || reconnectMax.compareTo(reconnectMin) < 0) {
      throw new IllegalArgumentException("reconnect pauses must satisfy 0 < min <= max");
    }
  }

  /** CR suffix, 4,096 bytes, UTF-8, no AIM identifiers, 2 s repeat window, 250 ms to 5 s. */
  public static BarcodeScannerConfig defaults(String name) {
    return new BarcodeScannerConfig(
        name,
        LineSuffix.CR,
        DEFAULT_MAX_LENGTH,
        StandardCharsets.UTF_8,
        false,
        Duration.ofSeconds(2),
        Duration.ofMillis(250),
        Duration.ofSeconds(5));
  }

  public BarcodeScannerConfig withSuffix(LineSuffix value) {
    return new BarcodeScannerConfig(
        name, value, maxLength, charset, aimIds, repeatWindow, reconnectMin, reconnectMax);
  }

  public BarcodeScannerConfig withMaxLength(int value) {
    return new BarcodeScannerConfig(
        name, suffix, value, charset, aimIds, repeatWindow, reconnectMin, reconnectMax);
  }

  public BarcodeScannerConfig withCharset(Charset value) {
    return new BarcodeScannerConfig(
        name, suffix, maxLength, value, aimIds, repeatWindow, reconnectMin, reconnectMax);
  }

  public BarcodeScannerConfig withAimIds(boolean value) {
    return new BarcodeScannerConfig(
        name, suffix, maxLength, charset, value, repeatWindow, reconnectMin, reconnectMax);
  }

  public BarcodeScannerConfig withRepeatWindow(Duration value) {
    return new BarcodeScannerConfig(
        name, suffix, maxLength, charset, aimIds, value, reconnectMin, reconnectMax);
  }

  ScanLineDecoder newLineDecoder() {
    return new ScanLineDecoder(suffix, maxLength, charset, aimIds);
  }
}
