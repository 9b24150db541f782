package io.kiosk24.devices.gpio;

import java.time.Instant;

/** A sensor settled in a new state (after debouncing) at {@code at}. */
public record SensorEvent(Sensor sensor, SensorState state, Instant at) {}
