package io.kiosk24.kiosk.core;

/** A change at the terminal's cabinet, from its door switch and tamper loop. */
public enum CabinetEvent {
  DOOR_OPENED,
  DOOR_CLOSED,
  TAMPER_TRIGGERED,
  TAMPER_CLEARED;

  /** Whether operations should look at it: a door opened or a tamper loop broken. */
  public boolean alarming() {
    return this == DOOR_OPENED || this == TAMPER_TRIGGERED;
  }
}
