package io.kiosk24.devices;

/**
 * Hears a device's status changes. Called on the thread that noticed the change (a read, or the
 * driver's own reconnect thread): return quickly and hand longer work to another thread.
 */
@FunctionalInterface
public interface DeviceStatusListener {

  void statusChanged(StatusEvent event);
}
