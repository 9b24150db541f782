package io.kiosk24.kiosk.config;

import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.idcard.IdCardReader;
import io.kiosk24.devices.idcard.IdCardReaders;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devices a terminal's configuration names, opened through the device layer's factories, so the
 * demo's emulators are driven by the same drivers and codecs as real hardware.
 */
public final class TerminalDevices implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TerminalDevices.class);

  private final IdCardReader idCardReader;

  private TerminalDevices(IdCardReader idCardReader) {
    this.idCardReader = idCardReader;
  }

  /**
   * Opens every configured device. With no device configured at all, the terminal runs the demo
   * profile: an emulated ID card reader with a sample card lying on it.
   *
   * @throws ConfigException with one sentence when the configuration is wrong
   */
  public static TerminalDevices open(Properties properties) throws ConfigException {
    Properties effective = new Properties();
    effective.putAll(properties);
    if (effective.stringPropertyNames().stream().noneMatch(key -> key.startsWith("device."))
        && !effective.containsKey("profile")) {
      LOG.info("No device configured: demo profile with an emulated ID card reader");
      effective.setProperty("profile", "demo");
      effective.setProperty("device.idcard.driver", "emulator");
      effective.setProperty("device.idcard.card", "0");
    }
    try {
      DeviceConfig config = DeviceConfig.from(effective);
      return new TerminalDevices(IdCardReaders.open(config));
    } catch (DeviceConfigException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  public IdCardReader idCardReader() {
    return idCardReader;
  }

  /** Each device's role and current status, for the fleet's health reports. */
  public Map<String, String> statuses() {
    Map<String, String> statuses = new TreeMap<>();
    statuses.put("idcard", idCardReader.status().name());
    return statuses;
  }

  @Override
  public void close() {
    idCardReader.close();
  }
}
