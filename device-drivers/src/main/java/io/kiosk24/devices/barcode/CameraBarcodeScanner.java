package io.kiosk24.devices.barcode;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.DeviceStatusListener;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.StatusTracker;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A barcode scanner made of a camera and {@link CameraBarcodeDecoder}: one daemon thread takes
 * frames from a {@link FrameSource}, decodes each and hands codes to the {@link ScanListener}s.
 *
 * <p>A camera sees a code held in front of it in many frames in a row, so the same result within
 * the configured repeat window is passed on once. Frames without a code are not passed on. When the
 * source fails the scanner reports {@link DeviceStatus#NO_DEVICE} and retries with a doubling
 * backoff.
 */
public final class CameraBarcodeScanner implements BarcodeScanner {

  private static final Duration FRAME_WAIT = Duration.ofMillis(200);

  private final FrameSource camera;
  private final CameraBarcodeDecoder decoder;
  private final BarcodeScannerConfig config;
  private final StatusTracker status;
  private final ScanListeners listeners;
  private final CountDownLatch closing = new CountDownLatch(1);

  private Thread reader;
  private volatile boolean closed;
  private ScanResult lastResult;
  private long lastResultAt;

  public CameraBarcodeScanner(FrameSource camera, BarcodeScannerConfig config) {
    this.camera = camera;
    this.config = config;
    this.decoder = new CameraBarcodeDecoder(config.charset());
    this.status = new StatusTracker(config.name(), DeviceStatus.OFFLINE);
    this.listeners = new ScanListeners(config.name());
  }

  @Override
  public String name() {
    return config.name();
  }

  @Override
  public ScanSource source() {
    return ScanSource.CAMERA;
  }

  /** Starts taking frames. The camera's own failures show as status, not as an exception here. */
  @Override
  public synchronized void open() throws DeviceException {
    if (closed) {
      throw new DeviceException("Camera scanner " + name() + " is closed.");
    }
    if (reader != null) {
      return;
    }
    reader = new Thread(this::readLoop, "barcode-camera-" + name());
    reader.setDaemon(true);
    reader.start();
  }

  private void readLoop() {
    Duration backoff = config.reconnectMin();
    while (!closed) {
      Optional<BufferedImage> frame;
      try {
        frame = camera.nextFrame(FRAME_WAIT);
        status.moveTo(DeviceStatus.ONLINE, "taking frames from " + camera.name());
        backoff = config.reconnectMin();
      } catch (DeviceException e) {
        if (closed) {
          return;
        }
        status.moveTo(DeviceStatus.NO_DEVICE, e.getMessage());
        if (await(backoff)) {
          return;
        }
        Duration twice = backoff.multipliedBy(2);
        backoff = twice.compareTo(config.reconnectMax()) > 0 ? config.reconnectMax() : twice;
        continue;
      }
      if (frame.isPresent()) {
        ScanResult result = decoder.decode(frame.get());
        if (!(result instanceof ScanResult.NoCode) && !isRepeat(result)) {
          listeners.deliver(result);
        }
      }
    }
  }

  private boolean isRepeat(ScanResult result) {
    long now = System.nanoTime();
    boolean repeat =
        result.equals(lastResult) && now - lastResultAt < config.repeatWindow().toNanos();
    lastResult = result;
    lastResultAt = now;
    return repeat;
  }

  private boolean await(Duration pause) {
    try {
      return closing.await(pause.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  @Override
  public SelfTestResult selfTest() {
    DeviceStatus now = status.current();
    String summary =
        now == DeviceStatus.ONLINE
            ? "Camera scanner "
                + name()
                + " takes frames from "
                + camera.name()
                + "; show it a code to check that it reads."
            : "Camera scanner " + name() + " (" + camera.name() + ") is " + now + ".";
    return new SelfTestResult(name(), now, summary);
  }

  @Override
  public void addStatusListener(DeviceStatusListener listener) {
    status.add(listener);
  }

  @Override
  public void removeStatusListener(DeviceStatusListener listener) {
    status.remove(listener);
  }

  @Override
  public void addScanListener(ScanListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeScanListener(ScanListener listener) {
    listeners.remove(listener);
  }

  @Override
  public void close() {
    Thread running;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      running = reader;
    }
    closing.countDown();
    if (running != null && running != Thread.currentThread()) {
      try {
        running.join(FRAME_WAIT.multipliedBy(5).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    camera.close();
    status.moveTo(DeviceStatus.OFFLINE, "closed");
  }
}
