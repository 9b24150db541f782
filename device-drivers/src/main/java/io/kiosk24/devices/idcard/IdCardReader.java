package io.kiosk24.devices.idcard;

import io.kiosk24.devices.Device;
import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.DeviceStatus;
import java.time.Duration;

/** A resident identity card reader: waits for a card on the reader and reads it whole. */
public interface IdCardReader extends Device, AutoCloseable {

  /**
   * Waits up to {@code timeout} for a card to be placed and reads it. Blocks the calling thread.
   *
   * @throws IdCardException when no card came in time, the card was removed mid-read, the SAM
   *     module failed or the reader answered with bad frames; never returns a half-read card
   */
  IdCard read(Duration timeout) throws DeviceException;

  /** The reader's current status. */
  @Override
  DeviceStatus status();

  @Override
  void close();
}
