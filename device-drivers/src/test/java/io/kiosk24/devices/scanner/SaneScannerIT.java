package io.kiosk24.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.config.DeviceSettings;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against SANE's {@code test} backend, through the real {@code scanimage}. */
class SaneScannerIT {

  @TempDir Path dir;

  @Test
  void listsTheTestBackendsDevices() throws Exception {
    SaneScanner scanner = new SaneScanner(SaneTestRig.config(dir, "test:0"));

    assertThat(scanner.devices())
        .contains(new ScannerInfo("test:0", "Noname", "frontend-tester", "virtual device"));
  }

  @Test
  void scansAGreyPageAt75DpiToPng() throws Exception {
    SaneScanner scanner = new SaneScanner(SaneTestRig.config(dir, "test:0"));
    scanner.open();
    Path target = dir.resolve("page.png");

    Path written = scanner.scan(new ScanRequest(75, ScanMode.GRAY, ScanFormat.PNG), target);

    BufferedImage page = ImageIO.read(written.toFile());
    assertThat(page.getWidth()).isEqualTo(SaneTestRig.pixels(SaneTestRig.PAGE_WIDTH_MM, 75));
    assertThat(page.getHeight()).isEqualTo(SaneTestRig.pixels(SaneTestRig.PAGE_HEIGHT_MM, 75));
    assertThat(page.getWidth()).isEqualTo(236);
    assertThat(page.getHeight()).isEqualTo(295);
    assertThat(page.getColorModel().getNumComponents()).isEqualTo(1);
    assertThat(scanner.status()).isEqualTo(DeviceStatus.ONLINE);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void scansAColourPageToPdf() throws Exception {
    SaneScanner scanner = new SaneScanner(SaneTestRig.config(dir, "test:0"));

    Path pdf =
        scanner.scan(new ScanRequest(100, ScanMode.COLOR, ScanFormat.PDF), dir.resolve("page.pdf"));

    byte[] head = new byte[5];
    try (var in = Files.newInputStream(pdf)) {
      assertThat(in.read(head)).isEqualTo(5);
    }
    assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void anUnknownDeviceIsAScannerExceptionInOneSentence() throws Exception {
    SaneScanner scanner = new SaneScanner(SaneTestRig.config(dir, "nosuch:0"));
    Path target = dir.resolve("page.png");

    assertThatThrownBy(() -> scanner.scan(ScanRequest.defaults(), target))
        .isInstanceOfSatisfying(
            ScannerException.class,
            e -> assertThat(e.reason()).isEqualTo(ScannerException.Reason.NO_DEVICE))
        .hasMessage(
            "Scanner nosuch:0 did not scan: scanimage exited with 1 (open of device nosuch:0"
                + " failed: Invalid argument).");
    assertThat(target).doesNotExist();
    assertThat(scanner.status()).isEqualTo(DeviceStatus.NO_DEVICE);
    assertThatThrownBy(scanner::open)
        .isInstanceOf(ScannerException.class)
        .hasMessage("SANE does not list scanner nosuch:0; it sees test:0, test:1.");
  }

  @Test
  void theFactoryMakesAScannerWhoseSelfTestFindsTheDevice() throws Exception {
    Path config = SaneTestRig.configDir(dir);
    SaneScanner scanner =
        Scanners.open(
            new DeviceSettings(
                "scanner",
                "sane",
                "",
                Map.of(
                    "device", "test:1",
                    "resolution", "50",
                    "mode", "gray",
                    "sane-config-dir", config.toString())));

    assertThat(scanner.selfTest().passed()).isTrue();
    assertThat(scanner.selfTest().summary()).isEqualTo("SANE lists scanner test:1.");
    BufferedImage page = ImageIO.read(scanner.scan(dir.resolve("default.png")).toFile());
    assertThat(page.getWidth()).isEqualTo(SaneTestRig.pixels(SaneTestRig.PAGE_WIDTH_MM, 50));
  }
}
