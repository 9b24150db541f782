package io.kiosk24.devices;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a device's status and tells listeners when it changes; a driver keeps one of these rather
 * than its own listener list. A listener that throws is logged and does not stop the others.
 */
public final class StatusTracker {

  private static final Logger LOG = LoggerFactory.getLogger(StatusTracker.class);

  private final String device;
  private final Clock clock;
  private final List<DeviceStatusListener> listeners = new CopyOnWriteArrayList<>();
  private DeviceStatus status;

  public StatusTracker(String device, DeviceStatus initial) {
    this(device, initial, Clock.systemUTC());
  }

  public StatusTracker(String device, DeviceStatus initial, Clock clock) {
    this.device = device;
    this.status = initial;
    this.clock = clock;
  }

  public synchronized DeviceStatus current() {
    return status;
  }

  /** Moves to {@code next}; fires an event only if that is a change. Returns whether it was. */
  public boolean moveTo(DeviceStatus next, String detail) {
    StatusEvent event;
    synchronized (this) {
      if (next == status) {
        return false;
      }
      event = new StatusEvent(device, status, next, detail, clock.instant());
      status = next;
    }
    LOG.info("{}: {} -> {} ({})", device, event.previous(), next, detail);
    for (DeviceStatusListener listener : listeners) {
      try {
        listener.statusChanged(event);
      } catch (RuntimeException e) {
        LOG.warn("{}: a status listener failed", device, e);
      }
    }
    return true;
  }

  public void add(DeviceStatusListener listener) {
    listeners.add(listener);
  }

  public void remove(DeviceStatusListener listener) {
    listeners.remove(listener);
  }
}
