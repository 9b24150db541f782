package io.kiosk24.devices.gpio;

/**
 * The sensor lines of a panel on the {@code mock} driver, for a demo's device simulator: each
 * setter puts the mock line at the level the real switch would, so the change goes through the
 * panel's debounce, its {@link SensorEvent}s and its status exactly as on hardware. A sensor
 * without a configured line is left alone.
 */
public final class MockInputs {

  private final GpioPanel panel;

  MockInputs(GpioPanel panel) {
    this.panel = panel;
  }

  /** Opens ({@code true}) or shuts the cabinet door. */
  public void setDoorOpen(boolean open) {
    panel.mockSensor(Sensor.DOOR, open ? SensorState.OPEN : SensorState.CLOSED);
  }

  /** Opens ({@code true}, a fraud attempt) or closes the tamper loop. */
  public void setTamper(boolean triggered) {
    panel.mockSensor(Sensor.TAMPER, triggered ? SensorState.TRIGGERED : SensorState.CLEAR);
  }

  /** Someone in front of the terminal ({@code true}) or nobody. */
  public void setPresence(boolean present) {
    panel.mockSensor(Sensor.PRESENCE, present ? SensorState.TRIGGERED : SensorState.CLEAR);
  }
}
