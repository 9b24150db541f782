package io.kiosk24.devices.gpio;

/**
 * Hears debounced sensor changes. Called on the panel's timer thread: return quickly and hand
 * longer work to another thread.
 */
@FunctionalInterface
public interface SensorListener {

  void sensorChanged(SensorEvent event);
}
