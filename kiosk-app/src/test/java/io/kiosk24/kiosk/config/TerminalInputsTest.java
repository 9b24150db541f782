package io.kiosk24.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiosk24.devices.gpio.Sensor;
import io.kiosk24.devices.gpio.SensorEvent;
import io.kiosk24.devices.gpio.SensorState;
import io.kiosk24.kiosk.core.CabinetEvent;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalInputsTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          DOOR,     OPEN,      DOOR_OPENED
          DOOR,     CLOSED,    DOOR_CLOSED
          TAMPER,   TRIGGERED, TAMPER_TRIGGERED
          TAMPER,   CLEAR,     TAMPER_CLEARED
          PRESENCE, TRIGGERED,
          PRESENCE, CLEAR,
          """)
  void sensorEventsBecomeCabinetEvents(Sensor sensor, SensorState state, CabinetEvent expected) {
    assertThat(TerminalInputs.cabinetEvent(new SensorEvent(sensor, state, Instant.EPOCH)))
        .isEqualTo(Optional.ofNullable(expected));
  }
}
