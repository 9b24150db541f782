package io.kiosk24.devices.barcode;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.SelfTestResult;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;

/**
 * A barcode scanner made of a camera and {@link CameraBarcodeDecoder}: one daemon thread takes
 * frames from a {@link FrameSource}, decodes each and hands codes to the {@link ScanListener}s.
 *
 * <p>A camera sees a code held in front of it in many frames in a row, so the same result within
 * the configured repeat window is passed on once. Frames without a code are not passed on. When the
 * source fails the scanner reports {@link DeviceStatus#NO_DEVICE} and retries with a doubling
 * backoff.
 */
public final class CameraBarcodeScanner extends AbstractBarcodeScanner {

  private final FrameSource camera;
  private final CameraBarcodeDecoder decoder;

  private ScanResult lastResult;
  private long lastResultAt;

  public CameraBarcodeScanner(FrameSource camera, BarcodeScannerConfig config) {
    super(config);
    this.camera = camera;
    this.decoder = new CameraBarcodeDecoder(config.charset());
  }

  @Override
  public ScanSource source() {
    return ScanSource.CAMERA;
  }

  /** Starts taking frames. The camera's own failures show as status, not as an exception here. */
  @Override
  public synchronized void open() throws DeviceException {
    if (isClosed()) {
      throw new DeviceException("Camera scanner " + name() + " is closed.");
    }
    startReader("barcode-camera-" + name(), this::readLoop);
  }

  private void readLoop() {
    Duration backoff = config.reconnectMin();
    while (!isClosed()) {
      Optional<BufferedImage> frame;
      try {
        frame = camera.nextFrame(READ_SLICE);
        status.moveTo(DeviceStatus.ONLINE, "taking frames from " + camera.name());
        backoff = config.reconnectMin();
      } catch (DeviceException e) {
        if (isClosed()) {
          return;
        }
        status.moveTo(DeviceStatus.NO_DEVICE, e.getMessage());
        if (await(backoff)) {
          return;
        }
        backoff = doubled(backoff);
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
  void releaseSource() {
    camera.close();
  }
}
