package io.kiosk24.devices.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.gpio.GpioPanel;
import io.kiosk24.devices.gpio.Sensor;
import io.kiosk24.devices.gpio.SensorState;
import io.kiosk24.devices.idcard.IdCardReader;
import io.kiosk24.devices.receipt.ReceiptPrinter;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevicesTest {

  @TempDir Path receipts;

  private Properties demo() {
    Properties properties = new Properties();
    properties.setProperty("profile", "demo");
    properties.setProperty("device.idcard.driver", "emulator");
    properties.setProperty("device.receipt.driver", "emulator");
    properties.setProperty("device.receipt.out", receipts.toString());
    properties.setProperty("device.gpio.driver", "mock");
    properties.setProperty("device.gpio.door-pin", "17");
    properties.setProperty("device.gpio.tamper-pin", "27");
    return properties;
  }

  @Test
  void opensEveryConfiguredRoleThroughItsFactory() throws Exception {
    try (OpenedDevices devices = Devices.open(DeviceConfig.from(demo()))) {
      assertThat(devices.all())
          .extracting(OpenedDevice::role)
          .containsExactly("idcard", "receipt", "gpio");
      assertThat(devices.all()).allSatisfy(d -> assertThat(d.problem()).isNull());
      assertThat(devices.device("idcard", IdCardReader.class)).isPresent();
      assertThat(devices.device("receipt", ReceiptPrinter.class)).isPresent();
      GpioPanel panel = devices.device("gpio", GpioPanel.class).orElseThrow();
      assertThat(panel.sensorState(Sensor.DOOR)).contains(SensorState.CLOSED);
      assertThat(devices.all()).allSatisfy(d -> assertThat(d.selfTest().passed()).isTrue());
    }
  }

  @Test
  void roleThatCannotBeMadeIsKeptWithItsSentence() throws Exception {
    Properties properties = demo();
    properties.setProperty("device.receipt.driver", "escpos-telepathy");
    properties.setProperty("device.coffee.driver", "espresso");

    try (OpenedDevices devices = Devices.open(DeviceConfig.from(properties))) {
      assertThat(devices.device("receipt")).isEmpty();
      assertThat(devices.device("idcard")).isPresent();
      OpenedDevice receipt =
          devices.all().stream().filter(d -> d.role().equals("receipt")).findFirst().orElseThrow();
      SelfTestResult result = receipt.selfTest();
      assertThat(result.passed()).isFalse();
      assertThat(result.status()).isEqualTo(DeviceStatus.NO_DEVICE);
      assertThat(result.summary()).startsWith("device.receipt.driver must be");
      OpenedDevice coffee = devices.all().get(devices.all().size() - 1);
      assertThat(coffee.role()).isEqualTo("coffee");
      assertThat(coffee.selfTest().summary())
          .isEqualTo(
              "device.coffee is not a device role; use one of "
                  + String.join(", ", Devices.roles())
                  + ".");
    }
  }

  @Test
  void closingClosesEveryDevice() throws Exception {
    OpenedDevices devices = Devices.open(DeviceConfig.from(demo()));
    GpioPanel panel = devices.device("gpio", GpioPanel.class).orElseThrow();

    devices.close();

    assertThat(panel.status()).isEqualTo(DeviceStatus.OFFLINE);
  }
}
