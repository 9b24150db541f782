package io.kiosk24.devices.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DocumentPrintersTest {

  @Test
  void opensTheConfiguredQueueOnTheConfiguredServer() throws Exception {
    Properties p = new Properties();
    p.setProperty("device.a4.driver", "cups");
    p.setProperty("device.a4.queue", "HP_LaserJet");
    p.setProperty("device.a4.server", "10.0.0.5");
    try (DocumentPrinter printer = DocumentPrinters.open(DeviceConfig.from(p).require("a4"))) {
      assertThat(printer.name()).isEqualTo("a4");
      assertThat(printer.describe()).isEqualTo("queue HP_LaserJet at 10.0.0.5:631");
    }
  }

  @Test
  void refusesAnotherDriver() {
    assertThatThrownBy(() -> DocumentPrinters.open(settings("lpd", Map.of("queue", "Q"))))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessage("device.a4.driver must be cups (or emulator in the demo profile), not 'lpd'.");
  }

  @Test
  void requiresAQueue() {
    assertThatThrownBy(() -> DocumentPrinters.open(settings("cups", Map.of())))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessageContaining("device.a4.queue is required");
  }

  @Test
  void refusesAMalformedServerOrQueue() {
    assertThatThrownBy(
            () -> DocumentPrinters.open(settings("cups", Map.of("queue", "Q", "server", "a b:1"))))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessage("device.a4.server must be HOST or HOST:PORT, not 'a b:1'.");
    assertThatThrownBy(() -> DocumentPrinters.open(settings("cups", Map.of("queue", "Q/../x"))))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessageContaining("must be a CUPS queue name");
  }

  private static DeviceSettings settings(String driver, Map<String, String> options) {
    return new DeviceSettings("a4", driver, null, options);
  }
}
