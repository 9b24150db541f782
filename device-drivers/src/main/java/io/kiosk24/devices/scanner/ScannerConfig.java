package io.kiosk24.devices.scanner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a document scanner through SANE.
 *
 * @param name the device's role, for logs and events
 * @param device the SANE device name, such as {@code test:0} or {@code genesys:libusb:001:004}, as
 *     {@code scanimage -L} shows it
 * @param scanimage the {@code scanimage} program; a bare name is looked up on the PATH
 * @param saneConfigDir when set, passed as {@code SANE_CONFIG_DIR}, so a {@code dll.conf} there
 *     chooses the backends (fewer backends list faster)
 * @param listTimeout the longest a device listing may take; network backends make it slow
 * @param scanTimeout the longest one page may take
 * @param defaults what {@link SaneScanner#scan(java.nio.file.Path)} asks for
 */
public record ScannerConfig(
    String name,
    String device,
    String scanimage,
    Optional<Path> saneConfigDir,
    Duration listTimeout,
    Duration scanTimeout,
    ScanRequest defaults) {

  public ScannerConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(scanimage, "scanimage");
    Objects.requireNonNull(saneConfigDir, "saneConfigDir");
    Objects.requireNonNull(defaults, "defaults");
    if (device.isBlank()) {
      throw new IllegalArgumentException("a SANE device name is required");
    }
    if (listTimeout.isNegative()
        || listTimeout.isZero()
        || scanTimeout.isNegative()
        || scanTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
  }

  /**
   * {@code scanimage} from the PATH, the system's SANE configuration, 30 s to list, 120 s to scan.
   */
  public static ScannerConfig of(String name, String device) {
    return new ScannerConfig(
        name,
        device,
        "scanimage",
        Optional.empty(),
        Duration.ofSeconds(30),
        Duration.ofSeconds(120),
        ScanRequest.defaults());
  }

  public ScannerConfig withScanimage(String value) {
    return new ScannerConfig(
        name, device, value, saneConfigDir, listTimeout, scanTimeout, defaults);
  }

  public ScannerConfig withSaneConfigDir(Path value) {
    return new ScannerConfig(
        name, device, scanimage, Optional.of(value), listTimeout, scanTimeout, defaults);
  }

  public ScannerConfig withTimeouts(Duration list, Duration scan) {
    return new ScannerConfig(name, device, scanimage, saneConfigDir, list, scan, defaults);
  }

  public ScannerConfig withDefaults(ScanRequest value) {
    return new ScannerConfig(
        name, device, scanimage, saneConfigDir, listTimeout, scanTimeout, value);
  }
}
