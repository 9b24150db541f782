package io.kiosk24.devices;

/**
 * The state of a device as the terminal and the fleet see it, after the XFS common status model.
 */
public enum DeviceStatus {
  ONLINE,
  OFFLINE,
  POWER_OFF,
  NO_DEVICE,
  HARDWARE_ERROR,
  USER_ERROR,
  BUSY,
  FRAUD_ATTEMPT
}
