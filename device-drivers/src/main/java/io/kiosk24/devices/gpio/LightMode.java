package io.kiosk24.devices.gpio;

/** What a guidance light is doing. */
public enum LightMode {
  OFF,
  ON,
  BLINKING
}
