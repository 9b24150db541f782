package io.kiosk24.devices.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.StatusEvent;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GpioPanelTest {

  private final ManualTimer timer = new ManualTimer();
  private final List<SensorEvent> sensorEvents = new CopyOnWriteArrayList<>();
  private final List<StatusEvent> statusEvents = new CopyOnWriteArrayList<>();
  private GpioPanel panel;

  static Map<String, String> allLines() {
    Map<String, String> options = new HashMap<>();
    options.put("door-pin", "17");
    options.put("tamper-pin", "27");
    options.put("presence-pin", "22");
    options.put("idcard-light-pin", "5");
    options.put("printer-light-pin", "6");
    options.put("scanner-light-pin", "13");
    options.put("active-low", "true");
    options.put("debounce-ms", "50");
    return options;
  }

  private GpioPanel open(Map<String, String> options) throws Exception {
    GpioPanel opened =
        GpioPanels.open(GpioConfig.from(new DeviceSettings("gpio", "mock", null, options)), timer);
    opened.addSensorListener(sensorEvents::add);
    opened.addStatusListener(statusEvents::add);
    return opened;
  }

  @BeforeEach
  void openPanel() throws Exception {
    panel = open(allLines());
  }

  @AfterEach
  void closePanel() {
    panel.close();
  }

  private MockDigitalInput input(Sensor sensor) {
    return panel.context().registry().get(sensor.key(), MockDigitalInput.class);
  }

  private MockDigitalOutput output(Light light) {
    return panel.context().registry().get(light.key(), MockDigitalOutput.class);
  }

  private void advanceMs(long ms) {
    timer.advance(Duration.ofMillis(ms));
  }

  @Test
  void startsAsAClosedQuietCabinet() {
    assertThat(panel.status()).isEqualTo(DeviceStatus.ONLINE);
    assertThat(panel.sensorState(Sensor.DOOR)).contains(SensorState.CLOSED);
    assertThat(panel.sensorState(Sensor.TAMPER)).contains(SensorState.CLEAR);
    assertThat(panel.sensorState(Sensor.PRESENCE)).contains(SensorState.CLEAR);
    assertThat(output(Light.PRINTER).state()).isEqualTo(DigitalState.LOW);
  }

  @Test
  void bouncingDoorContactGivesOneEventOnceItSettles() {
    input(Sensor.DOOR).mockState(DigitalState.HIGH);
    advanceMs(5);
    input(Sensor.DOOR).mockState(DigitalState.LOW);
    advanceMs(5);
    input(Sensor.DOOR).mockState(DigitalState.HIGH);
    advanceMs(5);
    input(Sensor.DOOR).mockState(DigitalState.LOW);
    advanceMs(5);
    input(Sensor.DOOR).mockState(DigitalState.HIGH);
    advanceMs(49);
    assertThat(sensorEvents).isEmpty();

    advanceMs(1);

    assertThat(sensorEvents)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.sensor()).isEqualTo(Sensor.DOOR);
              assertThat(e.state()).isEqualTo(SensorState.OPEN);
              assertThat(e.at()).isEqualTo(timer.now());
            });
    advanceMs(1000);
    assertThat(sensorEvents).hasSize(1);
  }

  @Test
  void glitchShorterThanTheDebounceIsIgnored() {
    input(Sensor.DOOR).mockState(DigitalState.HIGH);
    advanceMs(10);
    input(Sensor.DOOR).mockState(DigitalState.LOW);
    advanceMs(500);

    assertThat(sensorEvents).isEmpty();
    assertThat(statusEvents).isEmpty();
    assertThat(panel.sensorState(Sensor.DOOR)).contains(SensorState.CLOSED);
  }

  @Test
  void openDoorIsAStatusEventAndClosingItIsAnother() {
    input(Sensor.DOOR).mockState(DigitalState.HIGH);
    advanceMs(50);

    assertThat(panel.status()).isEqualTo(DeviceStatus.USER_ERROR);
    assertThat(statusEvents)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.device()).isEqualTo("gpio");
              assertThat(e.current()).isEqualTo(DeviceStatus.USER_ERROR);
              assertThat(e.detail()).contains("door open");
            });

    input(Sensor.DOOR).mockState(DigitalState.LOW);
    advanceMs(50);

    assertThat(panel.status()).isEqualTo(DeviceStatus.ONLINE);
    assertThat(statusEvents).extracting(StatusEvent::current).endsWith(DeviceStatus.ONLINE);
    assertThat(sensorEvents)
        .extracting(SensorEvent::state)
        .containsExactly(SensorState.OPEN, SensorState.CLOSED);
  }

  @Test
  void openTamperLoopIsAFraudAttemptEvenWithTheDoorOpen() {
    input(Sensor.DOOR).mockState(DigitalState.HIGH);
    input(Sensor.TAMPER).mockState(DigitalState.HIGH);
    advanceMs(50);

    assertThat(panel.status()).isEqualTo(DeviceStatus.FRAUD_ATTEMPT);
    assertThat(statusEvents).extracting(StatusEvent::current).contains(DeviceStatus.FRAUD_ATTEMPT);
    assertThat(sensorEvents)
        .extracting(SensorEvent::sensor, SensorEvent::state)
        .contains(
            org.assertj.core.groups.Tuple.tuple(Sensor.TAMPER, SensorState.TRIGGERED),
            org.assertj.core.groups.Tuple.tuple(Sensor.DOOR, SensorState.OPEN));
    SelfTestResult result = panel.selfTest();
    assertThat(result.passed()).isFalse();
    assertThat(result.status()).isEqualTo(DeviceStatus.FRAUD_ATTEMPT);
    assertThat(result.summary()).contains("tamper loop on BCM 27 is open");
  }

  @Test
  void mockInputsSteerTheLinesLikeTheSwitchesWould() {
    MockInputs inputs = panel.mockInputs().orElseThrow();

    inputs.setDoorOpen(true);
    advanceMs(50);
    assertThat(panel.status()).isEqualTo(DeviceStatus.USER_ERROR);
    inputs.setTamper(true);
    advanceMs(50);
    inputs.setPresence(true);
    advanceMs(50);
    assertThat(panel.status()).isEqualTo(DeviceStatus.FRAUD_ATTEMPT);
    assertThat(panel.sensorState(Sensor.PRESENCE)).contains(SensorState.TRIGGERED);
    inputs.setDoorOpen(false);
    advanceMs(50);
    inputs.setTamper(false);
    advanceMs(50);
    inputs.setPresence(false);
    advanceMs(50);

    assertThat(panel.status()).isEqualTo(DeviceStatus.ONLINE);
    assertThat(sensorEvents)
        .extracting(SensorEvent::sensor, SensorEvent::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Sensor.DOOR, SensorState.OPEN),
            org.assertj.core.groups.Tuple.tuple(Sensor.TAMPER, SensorState.TRIGGERED),
            org.assertj.core.groups.Tuple.tuple(Sensor.PRESENCE, SensorState.TRIGGERED),
            org.assertj.core.groups.Tuple.tuple(Sensor.DOOR, SensorState.CLOSED),
            org.assertj.core.groups.Tuple.tuple(Sensor.TAMPER, SensorState.CLEAR),
            org.assertj.core.groups.Tuple.tuple(Sensor.PRESENCE, SensorState.CLEAR));
  }

  @Test
  void presenceDetectorIsActiveHighByDefault() {
    input(Sensor.PRESENCE).mockState(DigitalState.HIGH);
    advanceMs(50);
    input(Sensor.PRESENCE).mockState(DigitalState.LOW);
    advanceMs(50);

    assertThat(sensorEvents)
        .extracting(SensorEvent::state)
        .containsExactly(SensorState.TRIGGERED, SensorState.CLEAR);
    assertThat(statusEvents).isEmpty();
  }

  @Test
  void lightsGoOnAndOff() {
    panel.on(Light.ID_CARD_READER);
    assertThat(output(Light.ID_CARD_READER).state()).isEqualTo(DigitalState.HIGH);
    assertThat(panel.lightMode(Light.ID_CARD_READER)).isEqualTo(LightMode.ON);
    assertThat(output(Light.PRINTER).state()).isEqualTo(DigitalState.LOW);

    panel.off(Light.ID_CARD_READER);
    assertThat(output(Light.ID_CARD_READER).state()).isEqualTo(DigitalState.LOW);
    assertThat(panel.lightMode(Light.ID_CARD_READER)).isEqualTo(LightMode.OFF);
  }

  @Test
  void blinkingLightTogglesEveryHalfPeriodUntilSwitchedOff() {
    panel.blink(Light.PRINTER, Duration.ofMillis(800));
    MockDigitalOutput printer = output(Light.PRINTER);
    assertThat(printer.state()).isEqualTo(DigitalState.HIGH);
    advanceMs(399);
    assertThat(printer.state()).isEqualTo(DigitalState.HIGH);
    advanceMs(1);
    assertThat(printer.state()).isEqualTo(DigitalState.LOW);
    advanceMs(400);
    assertThat(printer.state()).isEqualTo(DigitalState.HIGH);
    advanceMs(400);
    assertThat(printer.state()).isEqualTo(DigitalState.LOW);

    panel.off(Light.PRINTER);
    advanceMs(5000);
    assertThat(printer.state()).isEqualTo(DigitalState.LOW);
    assertThat(panel.lightMode(Light.PRINTER)).isEqualTo(LightMode.OFF);
  }

  @Test
  void severalLightsBlinkOnTheOneTimerWithTheirOwnPeriods() {
    panel.blink(Light.PRINTER, Duration.ofMillis(1000));
    panel.blink(Light.SCANNER, Duration.ofMillis(200));
    advanceMs(500);
    assertThat(output(Light.PRINTER).state()).isEqualTo(DigitalState.LOW);
    // 500 ms is five half-periods of the scanner's light: on, off, on, off, on, off.
    assertThat(output(Light.SCANNER).state()).isEqualTo(DigitalState.LOW);
    advanceMs(100);
    assertThat(output(Light.SCANNER).state()).isEqualTo(DigitalState.HIGH);
    assertThat(output(Light.PRINTER).state()).isEqualTo(DigitalState.LOW);
  }

  @Test
  void activeLowLightsAreLitByALowLevel() throws Exception {
    panel.close();
    Map<String, String> options = allLines();
    options.put("light-active-low", "true");
    panel = open(options);
    assertThat(output(Light.SCANNER).state()).isEqualTo(DigitalState.HIGH);

    panel.on(Light.SCANNER);

    assertThat(output(Light.SCANNER).state()).isEqualTo(DigitalState.LOW);
  }

  @Test
  void selfTestSwitchesEveryLightAndRestoresWhatItWasDoing() {
    panel.on(Light.ID_CARD_READER);
    List<DigitalState> printerLevels = new CopyOnWriteArrayList<>();
    output(Light.PRINTER).addListener(e -> printerLevels.add(e.state()));

    SelfTestResult result = panel.selfTest();

    assertThat(result.passed()).as(result.summary()).isTrue();
    assertThat(result.summary())
        .startsWith("GPIO (mock): door CLOSED (BCM 17)")
        .contains("3 light(s) switched on and off");
    assertThat(printerLevels).containsSubsequence(DigitalState.HIGH, DigitalState.LOW);
    assertThat(output(Light.PRINTER).state()).isEqualTo(DigitalState.LOW);
    assertThat(output(Light.ID_CARD_READER).state()).isEqualTo(DigitalState.HIGH);
  }

  @Test
  void selfTestPassesWithTheDoorOpenAndSaysSo() {
    input(Sensor.DOOR).mockState(DigitalState.HIGH);
    advanceMs(50);

    SelfTestResult result = panel.selfTest();

    assertThat(result.passed()).isTrue();
    assertThat(result.summary()).contains("door OPEN (BCM 17)");
  }

  @Test
  void lightWithoutALineIsIgnored() throws Exception {
    panel.close();
    panel = open(Map.of("door-pin", "17"));

    panel.blink(Light.SCANNER);

    assertThat(panel.hasLight(Light.SCANNER)).isFalse();
    assertThat(panel.lightMode(Light.SCANNER)).isEqualTo(LightMode.OFF);
    assertThat(panel.sensorState(Sensor.TAMPER)).isEmpty();
  }

  @Test
  void contextHoldsOnlyTheConfiguredDriversProviders() {
    assertThat(panel.context().providers().all().keySet())
        .containsExactlyInAnyOrder("mock-digital-input", "mock-digital-output");
  }

  @Test
  void closingPutsLightsOutAndStopsEvents() {
    panel.blink(Light.PRINTER);
    MockDigitalOutput printer = output(Light.PRINTER);
    MockDigitalInput door = input(Sensor.DOOR);

    panel.close();
    door.mockState(DigitalState.HIGH);
    advanceMs(1000);

    assertThat(printer.state()).isEqualTo(DigitalState.LOW);
    assertThat(sensorEvents).isEmpty();
    assertThat(panel.status()).isEqualTo(DeviceStatus.OFFLINE);
    assertThat(timer.closed()).isTrue();
  }

  @Test
  void rejectsAPeriodTooShortToBlink() {
    assertThatThrownBy(() -> panel.blink(Light.PRINTER, Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void factoryRefusesAPanelWithoutLines() {
    assertThatThrownBy(() -> GpioPanels.open(new DeviceSettings("gpio", "mock", null, Map.of())))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessageContaining("device.gpio.door-pin");
  }
}
