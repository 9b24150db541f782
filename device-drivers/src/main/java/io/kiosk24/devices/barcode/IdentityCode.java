package io.kiosk24.devices.barcode;

import java.time.Instant;

/**
 * A code a citizen shows to identify, captured by the terminal and forwarded as it is: the back
 * office, not the terminal, decides whom it names and whether it is valid. Its payload identifies a
 * person: never log it, and drop it when the session ends.
 */
public interface IdentityCode {

  /** The code's content exactly as scanned. Personal: never log it. */
  String payload();

  Instant capturedAt();

  ScanSource source();
}
