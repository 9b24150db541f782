package io.kiosk24.devices.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BarcodeScannersTest {

  private static DeviceSettings settings(String driver, String port, Map<String, String> options) {
    return new DeviceSettings("barcode", driver, port, options);
  }

  @Test
  void makesASerialScannerOnTheConfiguredPort() throws Exception {
    try (BarcodeScanner scanner =
        BarcodeScanners.open(settings("serial", "/dev/ttyUSB3", Map.of("baud", "115200")))) {
      assertThat(scanner).isInstanceOf(SerialBarcodeScanner.class);
      assertThat(((SerialBarcodeScanner) scanner).port()).isEqualTo("/dev/ttyUSB3");
      assertThat(scanner.name()).isEqualTo("barcode");
    }
  }

  @Test
  void readsTheSharedOptions() throws Exception {
    BarcodeScannerConfig config =
        BarcodeScanners.config(
            settings(
                "serial",
                "/dev/ttyS0",
                Map.of(
                    "suffix", "CRLF",
                    "max-length", "512",
                    "charset", "gb18030",
                    "aim-id", "yes",
                    "repeat-ms", "500")));

    assertThat(config.suffix()).isEqualTo(LineSuffix.CRLF);
    assertThat(config.maxLength()).isEqualTo(512);
    assertThat(config.charset()).isEqualTo(Charset.forName("GB18030"));
    assertThat(config.aimIds()).isTrue();
    assertThat(config.repeatWindow().toMillis()).isEqualTo(500);
  }

  static Stream<Arguments> badSettings() {
    return Stream.of(
        Arguments.of(
            settings("usb-hid", "", Map.of()),
            "device.barcode.driver must be serial, camera-folder or emulator, not 'usb-hid'."),
        Arguments.of(
            settings("serial", "", Map.of()), "device.barcode.port is required for driver serial."),
        Arguments.of(
            settings("camera-folder", "", Map.of()),
            "device.barcode.folder is required for driver camera-folder."),
        Arguments.of(
            settings("serial", "/dev/ttyS0", Map.of("suffix", "ETX")),
            "device.barcode.suffix must be CR, LF, CRLF or TAB, not 'ETX'."),
        Arguments.of(
            settings("serial", "/dev/ttyS0", Map.of("max-length", "0")),
            "device.barcode.max-length must be at least 1, not 0."),
        Arguments.of(
            settings("serial", "/dev/ttyS0", Map.of("charset", "klingon")),
            "device.barcode.charset must be a character set Java knows, such as UTF-8 or GB18030,"
                + " not 'klingon'."),
        Arguments.of(
            settings("serial", "/dev/ttyS0", Map.of("aim-id", "maybe")),
            "device.barcode.aim-id must be true or false, not 'maybe'."),
        Arguments.of(
            settings("camera-folder", "", Map.of("folder", "/tmp", "interval-ms", "-1")),
            "device.barcode.interval-ms cannot be negative, not -1."));
  }

  @ParameterizedTest
  @MethodSource("badSettings")
  void refusesBadSettingsWithOneSentence(DeviceSettings settings, String message) {
    assertThatThrownBy(() -> BarcodeScanners.open(settings))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessage(message);
  }
}
