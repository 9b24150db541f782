package io.kiosk24.kiosk.core;

/**
 * What the terminal's other devices tell the core: a code scanned, a smart card inserted, the
 * cabinet opened. The calls carry no content (no code text, no card data): no flow uses it yet, so
 * the core never holds it. Adapters in {@code io.kiosk24.kiosk.config} turn device events into
 * these calls, on the device's own thread.
 */
public interface DeviceInputListener {

  /** The QR or barcode scanner read a code. */
  void codeScanned();

  /** A smart card (a social security card) went into the smart card reader. */
  void smartCardInserted();

  /** The cabinet's door or tamper loop changed. */
  void cabinetChanged(CabinetEvent event);
}
