package io.kiosk24.devices;

/** Where a card or document is relative to the device that takes it. */
public enum MediaPosition {
  IN_POSITION,
  NOT_IN_POSITION,
  UNKNOWN
}
