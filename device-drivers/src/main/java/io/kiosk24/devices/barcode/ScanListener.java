package io.kiosk24.devices.barcode;

/**
 * Hears every scan of one scanner, {@link ScanResult.Decoded} and {@link ScanResult.Rejected}
 * alike. Called on the scanner's reader thread: return quickly and hand longer work elsewhere.
 */
@FunctionalInterface
public interface ScanListener {

  void scanned(ScanResult result);
}
