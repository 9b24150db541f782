package io.kiosk24.devices.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GpioConfigTest {

  private static GpioConfig parse(String driver, Map<String, String> options)
      throws DeviceConfigException {
    return GpioConfig.from(new DeviceSettings("gpio", driver, null, options));
  }

  @Test
  void readsPinsPolarityAndTimes() throws Exception {
    GpioConfig config = parse("pi4j-gpiod", GpioPanelTest.allLines());

    assertThat(config.driver()).isEqualTo(GpioDriver.PI4J_GPIOD);
    assertThat(config.sensors())
        .containsEntry(Sensor.DOOR, 17)
        .containsEntry(Sensor.TAMPER, 27)
        .containsEntry(Sensor.PRESENCE, 22);
    assertThat(config.lights()).containsEntry(Light.ID_CARD_READER, 5).hasSize(3);
    assertThat(config.activeLow(Sensor.DOOR)).isTrue();
    assertThat(config.activeLow(Sensor.PRESENCE)).isFalse();
    assertThat(config.lightsActiveLow()).isFalse();
    assertThat(config.debounce()).isEqualTo(Duration.ofMillis(50));
    assertThat(config.blinkPeriod()).isEqualTo(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          driver=pi4j-pigpio              | device.gpio.driver must be one of pi4j-linuxfs, pi4j-gpiod, mock
          door-pin=seventeen              | device.gpio.door-pin must be a whole number
          door-pin=64                     | device.gpio.door-pin must be a BCM line number from 0 to 63
          tamper-pin=17                   | device.gpio.tamper-pin=17 is already the door line
          dor-pin=4                       | device.gpio.dor-pin is not a GPIO setting
          active-low=maybe                | device.gpio.active-low must be true or false
          debounce-ms=-1                  | device.gpio.debounce-ms cannot be negative
          blink-ms=1                      | device.gpio.blink-ms must be at least 2
          """)
  void refusesABadSettingWithOneSentenceNamingTheKey(String setting, String expected) {
    Map<String, String> options = new HashMap<>(Map.of("door-pin", "17"));
    String key = setting.substring(0, setting.indexOf('='));
    String value = setting.substring(setting.indexOf('=') + 1);
    String driver = "mock";
    if (key.equals("driver")) {
      driver = value;
    } else {
      options.put(key, value);
    }
    String chosen = driver;

    assertThatThrownBy(() -> parse(chosen, options))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessageStartingWith(expected)
        .hasMessageEndingWith(".");
  }

  @Test
  void productionProfileRefusesTheMockLines() {
    Properties properties = new Properties();
    properties.setProperty("device.gpio.driver", "mock");
    properties.setProperty("device.gpio.door-pin", "17");

    assertThatThrownBy(() -> DeviceConfig.from(properties))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessageContaining("device.gpio.driver=mock")
        .hasMessageContaining("profile=demo");
  }

  @Test
  void realDriverOnThisMachineOpensOrFailsWithOneSentence() throws Exception {
    GpioConfig config = parse("pi4j-gpiod", Map.of("door-pin", "17", "printer-light-pin", "6"));
    ManualTimer timer = new ManualTimer();
    GpioPanel panel = null;
    try {
      panel = GpioPanels.open(config, timer);
      assertThat(panel.selfTest().summary()).startsWith("GPIO (pi4j-gpiod)");
    } catch (GpioException e) {
      assertThat(e.getMessage()).contains("pi4j-gpiod").endsWith(".");
      assertThat(timer.closed()).isTrue();
    } finally {
      if (panel != null) {
        panel.close();
      }
    }
  }
}
