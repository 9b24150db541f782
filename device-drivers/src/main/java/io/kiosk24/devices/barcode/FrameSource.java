package io.kiosk24.devices.barcode;

import io.kiosk24.devices.DeviceException;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;

/**
 * Where camera frames come from: the seam a real camera (V4L2) plugs into. {@link FolderCamera} is
 * the emulator.
 */
public interface FrameSource extends AutoCloseable {

  /** Names the camera for messages, such as {@code /dev/video0} or a folder path. */
  String name();

  /**
   * The next frame, waiting up to {@code timeout} for it; empty when none came in time.
   *
   * @throws DeviceException when the camera is gone or cannot deliver frames
   */
  Optional<BufferedImage> nextFrame(Duration timeout) throws DeviceException;

  @Override
  void close();
}
