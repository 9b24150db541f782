package io.kiosk24.devices.barcode;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.DeviceStatusListener;
import io.kiosk24.devices.StatusTracker;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What the serial and the camera scanner share: status and scan listeners, one daemon reader
 * thread, the reconnect backoff, and a close that stops the thread. A subclass supplies the loop
 * and what to release on close.
 */
abstract sealed class AbstractBarcodeScanner implements BarcodeScanner
    permits CameraBarcodeScanner, SerialBarcodeScanner {

  /** How long the reader blocks at most in one read, so that it notices a close soon enough. */
  static final Duration READ_SLICE = Duration.ofMillis(200);

  final BarcodeScannerConfig config;
  final StatusTracker status;
  final ScanListeners listeners;
  private final CountDownLatch closing = new CountDownLatch(1);

  private Thread reader;
  private volatile boolean closed;

  AbstractBarcodeScanner(BarcodeScannerConfig config) {
    this.config = config;
    this.status = new StatusTracker(config.name(), DeviceStatus.OFFLINE);
    this.listeners = new ScanListeners(config.name());
  }

  @Override
  public final String name() {
    return config.name();
  }

  final boolean isClosed() {
    return closed;
  }

  /** Whether the reader thread has been started. */
  final synchronized boolean isReading() {
    return reader != null;
  }

  /** Starts {@code loop} on a daemon thread named {@code threadName}, unless one was started. */
  final synchronized void startReader(String threadName, Runnable loop) {
    if (reader != null) {
      return;
    }
    reader = new Thread(loop, threadName);
    reader.setDaemon(true);
    reader.start();
  }

  /** Waits {@code pause}; true when the scanner was closed meanwhile. */
  final boolean await(Duration pause) {
    try {
      return closing.await(pause.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /** The next reconnect backoff: twice {@code backoff}, at most the configured maximum. */
  final Duration doubled(Duration backoff) {
    Duration twice = backoff.multipliedBy(2);
    return twice.compareTo(config.reconnectMax()) > 0 ? config.reconnectMax() : twice;
  }

  @Override
  public final DeviceStatus status() {
    return status.current();
  }

  @Override
  public final void addStatusListener(DeviceStatusListener listener) {
    status.add(listener);
  }

  @Override
  public final void removeStatusListener(DeviceStatusListener listener) {
    status.remove(listener);
  }

  @Override
  public final void addScanListener(ScanListener listener) {
    listeners.add(listener);
  }

  @Override
  public final void removeScanListener(ScanListener listener) {
    listeners.remove(listener);
  }

  /**
   * Stops the reader thread (waiting for it at most five read slices), releases the source and
   * turns {@link DeviceStatus#OFFLINE}. Closing twice does nothing.
   */
  @Override
  public final void close() {
    Thread running;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      running = reader;
    }
    closing.countDown();
    wakeReader();
    if (running != null && running != Thread.currentThread()) {
      try {
        running.join(READ_SLICE.multipliedBy(5).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    releaseSource();
    status.moveTo(DeviceStatus.OFFLINE, "closed");
  }

  /** Called once on close before waiting for the reader: release what the reader blocks on. */
  void wakeReader() {}

  /** Called once on close after the reader stopped (or the wait for it ran out). */
  void releaseSource() {}
}
