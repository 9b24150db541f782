package io.kiosk24.devices.barcode;

import io.kiosk24.devices.DeviceException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A camera emulated by a folder of images: each image file ({@code .png}, {@code .jpg}, {@code
 * .jpeg}, {@code .bmp}, {@code .gif}) is one frame, taken in name order. A file added later with a
 * name after the last one taken becomes the next frame, so dropping {@code 0042.png} into the
 * folder "shows" a code to the camera. With {@code loop}, the folder starts over after its last
 * file. Frames come at most once per {@code interval}. An unreadable file is skipped with a
 * warning.
 *
 * <p>Not thread-safe: one reader.
 */
public final class FolderCamera implements FrameSource {

  private static final Logger LOG = LoggerFactory.getLogger(FolderCamera.class);
  private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");
  private static final long POLL_NANOS = Duration.ofMillis(50).toNanos();
  private static final Duration FRESH = Duration.ofSeconds(1);

  private final Path folder;
  private final boolean loop;
  private final Duration interval;
  private String last;
  private long nextAllowed = System.nanoTime();

  /**
   * @param interval the shortest time between two frames, as a camera's frame rate
   */
  public FolderCamera(Path folder, boolean loop, Duration interval) {
    this.folder = folder;
    this.loop = loop;
    this.interval = interval;
  }

  @Override
  public String name() {
    return "folder:" + folder;
  }

  @Override
  public Optional<BufferedImage> nextFrame(Duration timeout) throws DeviceException {
    long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
    while (true) {
      long now = System.nanoTime();
      if (now - nextAllowed < 0) {
        if (deadline - nextAllowed < 0) {
          park(deadline - now);
          return Optional.empty();
        }
        park(nextAllowed - now);
        continue;
      }
      Optional<Path> file = nextFile();
      if (file.isPresent()) {
        String previous = last;
        last = file.get().getFileName().toString();
        BufferedImage image = read(file.get());
        if (image != null) {
          nextAllowed = System.nanoTime() + interval.toNanos();
          return Optional.of(image);
        }
        if (isFresh(file.get())) {
          // Probably still being written: try it again on the next poll.
          last = previous;
        } else {
          LOG.warn("Camera folder: skipped {}, which is not an image Java can read", file.get());
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      park(Math.min(left, POLL_NANOS));
    }
  }

  private Optional<Path> nextFile() throws DeviceException {
    List<Path> images;
    try (Stream<Path> files = Files.list(folder)) {
      images =
          files
              .filter(FolderCamera::isImage)
              .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw new DeviceException("Camera folder " + folder + " cannot be read: " + e + ".", e);
    }
    for (Path image : images) {
      if (last == null || image.getFileName().toString().compareTo(last) > 0) {
        return Optional.of(image);
      }
    }
    if (loop && !images.isEmpty()) {
      return Optional.of(images.get(0));
    }
    return Optional.empty();
  }

  private static boolean isImage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static BufferedImage read(Path file) {
    try {
      return ImageIO.read(file.toFile());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whether {@code file} changed within the last second, so a failed read may be a partial one. */
  private static boolean isFresh(Path file) {
    try {
      long age = System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis();
      return age < FRESH.toMillis();
    } catch (IOException e) {
      return false;
    }
  }

  private static void park(long nanos) throws DeviceException {
    if (nanos > 0) {
      LockSupport.parkNanos(nanos);
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new DeviceException("Waiting for a camera frame was interrupted.");
    }
  }

  @Override
  public void close() {}
}
