package io.kiosk24.devices;

/**
 * What every device has in common: a name, a lifecycle, a status that it reports as events, and a
 * self-test. The defaults suit a device with nothing to open and no events to send.
 */
public interface Device extends AutoCloseable {

  /** The role this device plays on the terminal, such as {@code idcard}, for logs and events. */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * Connects to the device. A driver that supports reconnection keeps trying in the background
   * after a failure and reports the outcome as status events.
   *
   * @throws DeviceException when the device cannot be reached now
   */
  default void open() throws DeviceException {}

  /** The device's current status. */
  DeviceStatus status();

  /** Checks the device end to end, as a maintainer would, without a citizen's card or paper. */
  default SelfTestResult selfTest() {
    DeviceStatus status = status();
    return new SelfTestResult(name(), status, name() + " is " + status + ".");
  }

  /** Registers a listener for status changes. */
  default void addStatusListener(DeviceStatusListener listener) {}

  default void removeStatusListener(DeviceStatusListener listener) {}

  @Override
  void close();
}
