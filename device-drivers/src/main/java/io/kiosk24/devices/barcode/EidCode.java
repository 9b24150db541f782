package io.kiosk24.devices.barcode;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * An electronic identity QR code (such as the 粤省事 身份码 or a 网证/CTID code) as the terminal captured
 * it. The terminal does not interpret it: the format belongs to the issuer, the code is
 * short-lived, and only the back office can verify it, so the record keeps the raw payload, when
 * and how it was captured, and nothing else. {@link #toString()} leaves the payload out.
 */
public record EidCode(String payload, Instant capturedAt, ScanSource source)
    implements IdentityCode {

  public EidCode {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(capturedAt, "capturedAt");
    Objects.requireNonNull(source, "source");
    if (payload.isBlank()) {
      throw new IllegalArgumentException("an e-ID code cannot be empty");
    }
  }

  /** Captures a decoded scan as an e-ID code, stamped by {@code clock}. */
  public static EidCode captured(ScanResult.Decoded scan, ScanSource source, Clock clock) {
    return new EidCode(scan.text(), clock.instant(), source);
  }

  /** Shows when and how the code was captured and its length, never its content. */
  @Override
  public String toString() {
    return "EidCode[source="
        + source
        + ", capturedAt="
        + capturedAt
        + ", length="
        + payload.length()
        + "]";
  }
}
