package io.kiosk24.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmartCardReadersTest {

  @Test
  void refusesADriverThatIsNoSmartCardDriver() {
    assertThatThrownBy(
            () ->
                SmartCardReaders.open(new DeviceSettings("smartcard", "sam-serial", "", Map.of())))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessage(
            "device.smartcard.driver=sam-serial is not a smart card driver; use pcsc (or emulator in the demo profile).");
  }

  @Test
  void refusesALibraryThatDoesNotExist() {
    assertThatThrownBy(
            () ->
                SmartCardReaders.open(
                    new DeviceSettings(
                        "smartcard", "pcsc", "", Map.of("library", "/nowhere/libpcsclite.so.1"))))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessageStartingWith(
            "device.smartcard.library=/nowhere/libpcsclite.so.1 does not exist");
  }

  @Test
  void refusesAWatchIntervalThatIsNoNumber() {
    assertThatThrownBy(
            () ->
                SmartCardReaders.open(
                    new DeviceSettings("smartcard", "pcsc", "", Map.of("watch-ms", "soon"))))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessageContaining("device.smartcard.watch-ms");
  }
}
