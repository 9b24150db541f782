package io.kiosk24.devices.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.config.DeviceSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The factory's panel with its real timer thread, on Pi4J's mock lines. */
class GpioPanelsTest {

  @Test
  void panelFromSettingsDebouncesAndBlinksOnItsOwnTimerThread() throws Exception {
    DeviceSettings settings =
        new DeviceSettings(
            "gpio",
            "mock",
            null,
            Map.of("tamper-pin", "27", "printer-light-pin", "6", "debounce-ms", "20"));
    try (GpioPanel panel = GpioPanels.open(settings)) {
      List<String> threads = new CopyOnWriteArrayList<>();
      panel.addSensorListener(e -> threads.add(Thread.currentThread().getName()));

      panel.context().registry().get("tamper", MockDigitalInput.class).mockState(DigitalState.HIGH);

      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> panel.status() == DeviceStatus.FRAUD_ATTEMPT);
      assertThat(threads).containsExactly("kiosk24-gpio");

      MockDigitalOutput light =
          panel.context().registry().get("printer-light", MockDigitalOutput.class);
      List<DigitalState> levels = new CopyOnWriteArrayList<>();
      light.addListener(e -> levels.add(e.state()));
      panel.blink(Light.PRINTER, Duration.ofMillis(40));

      await().atMost(Duration.ofSeconds(5)).until(() -> levels.size() >= 4);
      assertThat(levels)
          .containsSubsequence(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH);
    }
  }
}
