package io.kiosk24.devices.terminal;

import io.kiosk24.devices.Device;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.config.DeviceSettings;
import java.util.Optional;

/**
 * One configured role after opening: the device, or the sentence saying why there is none.
 *
 * @param settings the role's configuration
 * @param device the device, or null when it could not be made
 * @param emulator for an emulator driver, the emulator behind the device (to place a card, run out
 *     of paper, …); null otherwise
 * @param problem why it could not be made or did not open, or null when it did
 */
public record OpenedDevice(
    DeviceSettings settings, Device device, Object emulator, String problem) {

  public String role() {
    return settings.role();
  }

  public String driver() {
    return settings.driver();
  }

  /** The emulator behind the device, for an emulator driver. */
  public Optional<Object> optionalEmulator() {
    return Optional.ofNullable(emulator);
  }

  /** The device, when its factory made one (it may still be unreachable). */
  public Optional<Device> optionalDevice() {
    return Optional.ofNullable(device);
  }

  /**
   * Runs the device's self-test; a device that could not be made fails with its sentence. A
   * self-test that throws (it should not) fails too, with the exception's message.
   */
  public SelfTestResult selfTest() {
    if (device == null) {
      return new SelfTestResult(role(), DeviceStatus.NO_DEVICE, problem);
    }
    try {
      return device.selfTest();
    } catch (RuntimeException e) {
      return new SelfTestResult(role(), DeviceStatus.HARDWARE_ERROR, Devices.sentence(e));
    }
  }
}
