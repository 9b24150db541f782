package io.kiosk24.devices;

/** How much of a consumable (paper, toner, ribbon) a device has left. */
public enum ConsumableState {
  FULL,
  LOW,
  OUT,
  JAMMED,
  UNKNOWN
}
