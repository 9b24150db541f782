package io.kiosk24.devices.terminal;

import io.kiosk24.devices.Device;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every configured role of a terminal, opened or not, in role order; closes them together. */
public final class OpenedDevices implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OpenedDevices.class);

  private final List<OpenedDevice> all;

  OpenedDevices(List<OpenedDevice> all) {
    this.all = Collections.unmodifiableList(new ArrayList<>(all));
  }

  public List<OpenedDevice> all() {
    return all;
  }

  /** The device of {@code role}, if it is configured and was made. */
  public Optional<Device> device(String role) {
    return all.stream()
        .filter(d -> d.role().equals(role))
        .findFirst()
        .flatMap(OpenedDevice::optionalDevice);
  }

  /** The device of {@code role} as {@code type}, if it is configured, made and of that type. */
  public <T extends Device> Optional<T> device(String role, Class<T> type) {
    return device(role).filter(type::isInstance).map(type::cast);
  }

  /** The emulator behind {@code role}'s device as {@code type}, if that role runs an emulator. */
  public <T> Optional<T> emulator(String role, Class<T> type) {
    return all.stream()
        .filter(d -> d.role().equals(role))
        .findFirst()
        .flatMap(OpenedDevice::optionalEmulator)
        .filter(type::isInstance)
        .map(type::cast);
  }

  /**
   * Closes every device, last opened first, and then the emulators behind them; one that fails to
   * close does not stop the others.
   */
  @Override
  public void close() {
    List<OpenedDevice> reversed = new ArrayList<>(all);
    Collections.reverse(reversed);
    for (OpenedDevice opened : reversed) {
      if (opened.device() != null) {
        try {
          opened.device().close();
        } catch (RuntimeException e) {
          LOG.warn("{}: did not close cleanly: {}", opened.role(), e.getMessage());
        }
      }
      if (opened.emulator() instanceof AutoCloseable emulator) {
        try {
          emulator.close();
        } catch (Exception e) {
          LOG.warn("{}: emulator did not close cleanly: {}", opened.role(), e.getMessage());
        }
      }
    }
  }
}
