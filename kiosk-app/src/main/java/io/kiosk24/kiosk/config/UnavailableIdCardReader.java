package io.kiosk24.kiosk.config;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.idcard.IdCard;
import io.kiosk24.devices.idcard.IdCardReader;
import java.time.Duration;

/**
 * Stands in for an ID card reader that could not be made at start (its sentence is in the start-up
 * log): reports {@code NO_DEVICE}, and a read fails at once, so the citizen is told the reader
 * cannot be used while the rest of the terminal keeps serving.
 */
final class UnavailableIdCardReader implements IdCardReader {

  private final String role;

  UnavailableIdCardReader(String role) {
    this.role = role;
  }

  @Override
  public String name() {
    return role;
  }

  @Override
  public IdCard read(Duration timeout) throws DeviceException {
    throw new DeviceException(
        "The " + role + " reader could not be opened at start; see the start-up log.");
  }

  @Override
  public DeviceStatus status() {
    return DeviceStatus.NO_DEVICE;
  }

  @Override
  public void close() {}
}
