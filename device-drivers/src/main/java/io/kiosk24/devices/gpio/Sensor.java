package io.kiosk24.devices.gpio;

/**
 * A switch or detector wired to a GPIO input. "Asserted" means the contact is closed (or the
 * detector's output is active), after {@code active-low} has been applied.
 */
public enum Sensor {
  /** The cabinet door's reed switch: closed contact (magnet at the door) means the door is shut. */
  DOOR("door", SensorState.CLOSED, SensorState.OPEN),
  /**
   * The tamper loop, a normally closed chain of switches: an intact loop is quiet; an opened or cut
   * loop is a fraud attempt. Failing safe, a broken wire reads as triggered.
   */
  TAMPER("tamper", SensorState.CLEAR, SensorState.TRIGGERED),
  /** A PIR detector: its output is active while someone moves in front of the terminal. */
  PRESENCE("presence", SensorState.TRIGGERED, SensorState.CLEAR);

  private final String key;
  private final SensorState whenAsserted;
  private final SensorState whenReleased;

  Sensor(String key, SensorState whenAsserted, SensorState whenReleased) {
    this.key = key;
    this.whenAsserted = whenAsserted;
    this.whenReleased = whenReleased;
  }

  /** The name in configuration keys ({@code device.gpio.KEY-pin}) and in messages. */
  public String key() {
    return key;
  }

  /** The state this sensor reports for a line that is asserted or not. */
  public SensorState stateFor(boolean asserted) {
    return asserted ? whenAsserted : whenReleased;
  }

  /** The state of a closed cabinet with nobody in front of it. */
  public SensorState quiet() {
    return this == PRESENCE ? whenReleased : whenAsserted;
  }
}
