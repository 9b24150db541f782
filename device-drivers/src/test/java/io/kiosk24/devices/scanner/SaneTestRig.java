package io.kiosk24.devices.scanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private SANE configuration with only the {@code test} backend: Debian ships it commented out in
 * {@code /etc/sane.d/dll.conf}, and leaving out the network backends keeps listing fast. Fails,
 * never skips, when {@code scanimage} is missing.
 */
public final class SaneTestRig {

  /** The test backend's default page: 80 mm wide, 100 mm high. */
  static final double PAGE_WIDTH_MM = 80.0;

  static final double PAGE_HEIGHT_MM = 100.0;

  private SaneTestRig() {}

  /** Writes {@code dll.conf} naming the test backend into {@code dir}; returns {@code dir}. */
  public static Path configDir(Path dir) throws IOException {
    requireScanimage();
    Files.writeString(dir.resolve("dll.conf"), "test\n");
    return dir;
  }

  /** Pixels the test backend delivers for {@code mm} at {@code dpi}: it truncates. */
  static int pixels(double mm, int dpi) {
    return (int) (mm / 25.4 * dpi);
  }

  static ScannerConfig config(Path dir, String device) throws IOException {
    return ScannerConfig.of("scanner", device).withSaneConfigDir(configDir(dir));
  }

  private static void requireScanimage() throws IOException {
    for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      if (Files.isExecutable(Path.of(d, "scanimage"))) {
        return;
      }
    }
    throw new IOException(
        "Scanner ITs need scanimage on the PATH: install it (apt-get install sane-utils).");
  }
}
