package io.kiosk24.devices.idcard;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.DeviceStatusListener;
import io.kiosk24.devices.SelfTestResult;
import java.time.Duration;

/**
 * The real {@link SamIdCardReader} talking to an {@link IdCardEmulator} in the same process over an
 * in-memory line: the driver and codec run exactly as with hardware. For the demo profile and
 * tests; {@link #emulator()} places and removes cards.
 */
public final class EmulatedIdCardReader implements IdCardReader {

  private final SamIdCardReader reader;
  private final IdCardEmulator emulator;

  EmulatedIdCardReader(SamIdCardReader reader, IdCardEmulator emulator) {
    this.reader = reader;
    this.emulator = emulator;
  }

  /** The emulated hardware, to place a card ({@code emulator().placeCard(0)}) or inject a fault. */
  public IdCardEmulator emulator() {
    return emulator;
  }

  /** The driver underneath. */
  public SamIdCardReader driver() {
    return reader;
  }

  @Override
  public String name() {
    return reader.name();
  }

  @Override
  public void open() throws DeviceException {
    reader.open();
  }

  @Override
  public IdCard read(Duration timeout) throws DeviceException {
    return reader.read(timeout);
  }

  @Override
  public DeviceStatus status() {
    return reader.status();
  }

  @Override
  public SelfTestResult selfTest() {
    return reader.selfTest();
  }

  @Override
  public void addStatusListener(DeviceStatusListener listener) {
    reader.addStatusListener(listener);
  }

  @Override
  public void removeStatusListener(DeviceStatusListener listener) {
    reader.removeStatusListener(listener);
  }

  @Override
  public void close() {
    reader.close();
    emulator.close();
  }
}
