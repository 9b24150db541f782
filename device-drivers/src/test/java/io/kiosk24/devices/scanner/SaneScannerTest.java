package io.kiosk24.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SaneScanner's process handling, with small shell scripts standing in for scanimage. */
class SaneScannerTest {

  @TempDir Path dir;

  private Path script(String name, String body) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }

  private SaneScanner scanner(Path scanimage) {
    return new SaneScanner(
        ScannerConfig.of("scanner", "fake:0")
            .withScanimage(scanimage.toString())
            .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(500)));
  }

  @Test
  void stopsAndReapsAScanimageThatHangs() throws Exception {
    Path pidFile = dir.resolve("pid");
    Path hang = script("hang", "echo $$ > " + pidFile + "\nexec sleep 60");
    SaneScanner scanner = scanner(hang);
    Path target = dir.resolve("page.png");

    assertThatThrownBy(() -> scanner.scan(ScanRequest.defaults(), target))
        .isInstanceOfSatisfying(
            ScannerException.class,
            e -> assertThat(e.reason()).isEqualTo(ScannerException.Reason.TIMEOUT))
        .hasMessage("scanimage did not scan a page within 500 ms and was stopped.");

    long pid = Long.parseLong(Files.readString(pidFile).strip());
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(target).doesNotExist();
    assertThat(scanner.status()).isEqualTo(DeviceStatus.HARDWARE_ERROR);
  }

  @Test
  void turnsAFailedRunIntoOneSentenceFromItsErrorOutput() throws Exception {
    Path failing =
        script(
            "failing",
            "echo 'Output format is not set, using pnm as a default.' >&2\n"
                + "echo 'scanimage: sane_start: Document feeder out of documents' >&2\n"
                + "exit 7");
    SaneScanner scanner = scanner(failing);

    assertThatThrownBy(() -> scanner.scan(ScanRequest.defaults(), dir.resolve("page.png")))
        .isInstanceOfSatisfying(
            ScannerException.class,
            e -> assertThat(e.reason()).isEqualTo(ScannerException.Reason.FAILED))
        .hasMessage(
            "Scanner fake:0 did not scan: scanimage exited with 7 (sane_start: Document feeder"
                + " out of documents).");
    assertThat(scanner.status()).isEqualTo(DeviceStatus.HARDWARE_ERROR);
  }

  @Test
  void passesTheRequestAsScanimageOptions() throws Exception {
    Path echo = script("echo-args", "echo \"$@\"");
    Path target = dir.resolve("args.txt");

    scanner(echo).scan(new ScanRequest(150, ScanMode.GRAY, ScanFormat.PDF), target);

    assertThat(Files.readString(target).strip())
        .isEqualTo("--device-name=fake:0 --format=pdf --mode Gray --resolution 150");
  }

  @Test
  void refusesAnEmptyImage() throws Exception {
    SaneScanner scanner = scanner(script("silent", "exit 0"));

    assertThatThrownBy(() -> scanner.scan(ScanRequest.defaults(), dir.resolve("page.png")))
        .isInstanceOf(ScannerException.class)
        .hasMessage("Scanner fake:0 reported success but sent no image.");
    assertThat(dir.resolve("page.png")).doesNotExist();
  }

  @Test
  void aMissingScanimageSaysToInstallSaneUtils() {
    SaneScanner scanner = scanner(dir.resolve("no-scanimage-here"));

    assertThatThrownBy(scanner::devices)
        .isInstanceOfSatisfying(
            ScannerException.class,
            e -> assertThat(e.reason()).isEqualTo(ScannerException.Reason.SCANIMAGE_MISSING))
        .hasMessageStartingWith("Could not start " + dir.resolve("no-scanimage-here"))
        .hasMessageContaining("install Debian's sane-utils");
    assertThat(scanner.selfTest().passed()).isFalse();
  }

  @Test
  void parsesTheFormattedDeviceList() {
    String listed =
        "test:0\u001fNoname\u001ffrontend-tester\u001fvirtual device\n"
            + "genesys:libusb:001:004\u001fCanon\u001fLiDE 220\u001fflatbed scanner\n"
            + "\n"
            + "garbage line\n";

    assertThat(SaneScanner.parseList(listed))
        .containsExactly(
            new ScannerInfo("test:0", "Noname", "frontend-tester", "virtual device"),
            new ScannerInfo("genesys:libusb:001:004", "Canon", "LiDE 220", "flatbed scanner"));
  }

  @Test
  void keepsTheLastMeaningfulLineOfErrorOutput() {
    assertThat(
            Scanimage.lastMessage(
                "scanimage: open of device x failed: Invalid argument.\n"
                    + "Output format is not set, using pnm as a default.\n"))
        .isEqualTo("open of device x failed: Invalid argument");
    assertThat(Scanimage.lastMessage("")).isEmpty();
  }

  static Stream<Arguments> badSettings() {
    return Stream.of(
        Arguments.of(
            new DeviceSettings("scanner", "twain", "", Map.of()),
            "device.scanner.driver must be sane, not 'twain'."),
        Arguments.of(
            new DeviceSettings("scanner", "sane", "", Map.of()),
            "device.scanner.device is required: the SANE device name that scanimage -L shows,"
                + " such as test:0."),
        Arguments.of(
            new DeviceSettings("scanner", "sane", "", Map.of("device", "test:0", "mode", "sepia")),
            "device.scanner.mode must be one of color, gray, not 'sepia'."),
        Arguments.of(
            new DeviceSettings(
                "scanner", "sane", "", Map.of("device", "test:0", "resolution", "5")),
            "device.scanner.resolution: resolution must be between 25 and 2400 dpi, not 5."),
        Arguments.of(
            new DeviceSettings(
                "scanner", "sane", "", Map.of("device", "test:0", "scan-timeout-s", "0")),
            "device.scanner.scan-timeout-s must be at least 1, not 0."));
  }

  @ParameterizedTest
  @MethodSource("badSettings")
  void refusesBadSettingsWithOneSentence(DeviceSettings settings, String message) {
    assertThatThrownBy(() -> Scanners.open(settings))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessage(message);
  }

  @Test
  void readsItsSettings() throws Exception {
    SaneScanner scanner =
        Scanners.open(
            new DeviceSettings("scanner", "sane", "", Map.of("device", "test:0", "format", "pdf")));

    assertThat(scanner.device()).isEqualTo("test:0");
    assertThat(scanner.name()).isEqualTo("scanner");
    assertThat(scanner.status()).isEqualTo(DeviceStatus.OFFLINE);
  }
}
