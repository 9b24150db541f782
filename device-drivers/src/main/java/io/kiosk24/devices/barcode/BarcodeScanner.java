package io.kiosk24.devices.barcode;

import io.kiosk24.devices.Device;

/**
 * A device that reads barcodes and QR codes and tells {@link ScanListener}s what it read. Opened by
 * {@link BarcodeScanners#open}; {@link #open()} starts reading on the scanner's own thread.
 */
public interface BarcodeScanner extends Device {

  /** Whether codes come from a serial scanner or from camera frames. */
  ScanSource source();

  void addScanListener(ScanListener listener);

  void removeScanListener(ScanListener listener);
}
