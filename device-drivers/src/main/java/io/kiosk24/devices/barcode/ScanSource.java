package io.kiosk24.devices.barcode;

/** Where a code was captured: a serial (or USB-serial) scanner, or camera frames. */
public enum ScanSource {
  SERIAL,
  CAMERA
}
