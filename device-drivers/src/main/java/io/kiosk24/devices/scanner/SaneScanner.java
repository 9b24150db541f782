package io.kiosk24.devices.scanner;

import io.kiosk24.devices.Device;
import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.DeviceStatusListener;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.StatusTracker;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A document camera or flatbed scanner reached through SANE's {@code scanimage} command (Debian's
 * {@code sane-utils}), so any scanner SANE has a backend for works, and SANE's {@code test} backend
 * stands in for one in tests and demos.
 *
 * <p>Each call runs one {@code scanimage} process with a timeout and always reaps it. A page is
 * written to a temporary file beside the target and moved into place only when scanimage succeeded,
 * so a failed scan never leaves half an image under the requested name. One scan at a time; calls
 * block the calling thread (seconds, for a real page: keep them off the UI thread).
 */
public final class SaneScanner implements Device {

  /** Separates the fields of {@code scanimage -f}; a unit separator appears in no device name. */
  private static final char FIELD = '\u001f';

  private final ScannerConfig config;
  private final Scanimage scanimage;
  private final StatusTracker status;

  public SaneScanner(ScannerConfig config) {
    this.config = config;
    this.scanimage = new Scanimage(config);
    this.status = new StatusTracker(config.name(), DeviceStatus.OFFLINE);
  }

  @Override
  public String name() {
    return config.name();
  }

  /** The SANE device this scanner uses, such as {@code test:0}. */
  public String device() {
    return config.device();
  }

  /**
   * Checks that SANE lists the device.
   *
   * @throws ScannerException when it is not listed or scanimage fails
   */
  @Override
  public void open() throws DeviceException {
    requireListed();
  }

  /** Every device SANE can see now ({@code scanimage -f}). */
  public List<ScannerInfo> devices() throws ScannerException {
    Path out = tempFile("kiosk24-scanimage-", ".list", null);
    try {
      String format = "%d" + FIELD + "%v" + FIELD + "%m" + FIELD + "%t%n";
      Scanimage.Outcome outcome =
          scanimage.run(
              List.of("--formatted-device-list=" + format),
              out,
              config.listTimeout(),
              "list the scanners");
      if (outcome.exitCode() != 0) {
        throw new ScannerException(
            ScannerException.Reason.FAILED,
            "Listing the scanners failed: scanimage exited with "
                + outcome.exitCode()
                + explain(outcome)
                + ".");
      }
      return parseList(Scanimage.readQuietly(out));
    } finally {
      Scanimage.deleteQuietly(out);
    }
  }

  static List<ScannerInfo> parseList(String text) {
    List<ScannerInfo> found = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String[] fields = line.split(String.valueOf(FIELD), -1);
      if (fields.length == 4 && !fields[0].isBlank()) {
        found.add(new ScannerInfo(fields[0].strip(), fields[1], fields[2], fields[3]));
      }
    }
    return Collections.unmodifiableList(found);
  }

  /** Scans one page with the configured defaults into {@code target}. */
  public Path scan(Path target) throws ScannerException {
    return scan(config.defaults(), target);
  }

  /**
   * Scans one page into {@code target}, replacing it if it exists.
   *
   * @return {@code target}
   * @throws ScannerException when scanimage fails, times out, or the file cannot be written
   */
  public synchronized Path scan(ScanRequest request, Path target) throws ScannerException {
    Path absolute = target.toAbsolutePath();
    Path part = tempFile(".scan-", ".part", absolute.getParent());
    DeviceStatus before = status.current();
    status.moveTo(DeviceStatus.BUSY, "scanning");
    boolean done = false;
    try {
      List<String> args =
          List.of(
              "--device-name=" + config.device(),
              "--format=" + request.format().saneName(),
              "--mode",
              request.mode().saneName(),
              "--resolution",
              Integer.toString(request.resolution()));
      Scanimage.Outcome outcome;
      try {
        outcome = scanimage.run(args, part, config.scanTimeout(), "scan a page");
      } catch (ScannerException e) {
        status.moveTo(DeviceStatus.HARDWARE_ERROR, e.getMessage());
        throw e;
      }
      if (outcome.exitCode() != 0) {
        String message = Scanimage.lastMessage(outcome.stderr());
        boolean noDevice = message.startsWith("open of device");
        ScannerException failure =
            new ScannerException(
                noDevice ? ScannerException.Reason.NO_DEVICE : ScannerException.Reason.FAILED,
                "Scanner "
                    + config.device()
                    + " did not scan: scanimage exited with "
                    + outcome.exitCode()
                    + explain(outcome)
                    + ".");
        status.moveTo(
            noDevice ? DeviceStatus.NO_DEVICE : DeviceStatus.HARDWARE_ERROR, failure.getMessage());
        throw failure;
      }
      if (sizeOf(part) == 0) {
        String message = "Scanner " + config.device() + " reported success but sent no image.";
        status.moveTo(DeviceStatus.HARDWARE_ERROR, message);
        throw new ScannerException(ScannerException.Reason.FAILED, message);
      }
      move(part, absolute);
      done = true;
      status.moveTo(DeviceStatus.ONLINE, "scanned");
      return target;
    } finally {
      Scanimage.deleteQuietly(part);
      if (!done && status.current() == DeviceStatus.BUSY) {
        status.moveTo(before, "scan ended");
      }
    }
  }

  private static String explain(Scanimage.Outcome outcome) {
    String message = Scanimage.lastMessage(outcome.stderr());
    return message.isEmpty() ? "" : " (" + message + ")";
  }

  private static long sizeOf(Path file) throws ScannerException {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new ScannerException(
          ScannerException.Reason.IO, "Could not read the scan in " + file + ": " + e + ".", e);
    }
  }

  private static void move(Path from, Path to) throws ScannerException {
    try {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ScannerException(
          ScannerException.Reason.IO, "Could not save the scan as " + to + ": " + e + ".", e);
    }
  }

  private static Path tempFile(String prefix, String suffix, Path dir) throws ScannerException {
    try {
      return dir == null
          ? Files.createTempFile(prefix, suffix)
          : Files.createTempFile(dir, prefix, suffix);
    } catch (IOException e) {
      throw new ScannerException(
          ScannerException.Reason.IO,
          "Could not make a temporary file"
              + (dir == null ? "" : " in " + dir)
              + " for scanimage: "
              + e.getMessage()
              + ".",
          e);
    }
  }

  private void requireListed() throws ScannerException {
    List<ScannerInfo> devices;
    try {
      devices = devices();
    } catch (ScannerException e) {
      status.moveTo(DeviceStatus.HARDWARE_ERROR, e.getMessage());
      throw e;
    }
    if (devices.stream().noneMatch(d -> d.device().equals(config.device()))) {
      String message =
          "SANE does not list scanner "
              + config.device()
              + (devices.isEmpty()
                  ? "; it sees no scanner at all."
                  : "; it sees "
                      + String.join(", ", devices.stream().map(ScannerInfo::device).toList())
                      + ".");
      status.moveTo(DeviceStatus.NO_DEVICE, message);
      throw new ScannerException(ScannerException.Reason.NO_DEVICE, message);
    }
    status.moveTo(DeviceStatus.ONLINE, "listed by SANE");
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  /** Passes when SANE lists the configured device; scans nothing. */
  @Override
  public SelfTestResult selfTest() {
    try {
      requireListed();
      return new SelfTestResult(
          name(), status.current(), "SANE lists scanner " + config.device() + ".");
    } catch (ScannerException e) {
      return new SelfTestResult(name(), status.current(), e.getMessage());
    }
  }

  @Override
  public void addStatusListener(DeviceStatusListener listener) {
    status.add(listener);
  }

  @Override
  public void removeStatusListener(DeviceStatusListener listener) {
    status.remove(listener);
  }

  /** Nothing stays open between calls; marks the scanner offline. */
  @Override
  public void close() {
    status.moveTo(DeviceStatus.OFFLINE, "closed");
  }
}
