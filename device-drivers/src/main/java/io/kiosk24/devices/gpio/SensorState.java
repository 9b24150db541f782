package io.kiosk24.devices.gpio;

/**
 * What a sensor reports: a door is {@code OPEN} or {@code CLOSED}, tamper and presence are {@code
 * TRIGGERED} or {@code CLEAR}.
 */
public enum SensorState {
  OPEN,
  CLOSED,
  TRIGGERED,
  CLEAR
}
