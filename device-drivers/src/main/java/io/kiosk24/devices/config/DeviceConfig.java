package io.kiosk24.devices.config;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The devices of one terminal, from properties such as:
 *
 * <pre>
 * profile=production
 * device.idcard.driver=sam-serial
 * device.idcard.port=/dev/ttyUSB0
 * device.idcard.baud=115200
 * device.receipt.driver=escpos-serial
 * device.receipt.port=/dev/ttyUSB1
 * </pre>
 *
 * Every {@code device.ROLE.KEY} other than {@code driver} and {@code port} becomes an option. The
 * production profile (the default) refuses any {@code emulator} driver.
 */
public record DeviceConfig(Profile profile, Map<String, DeviceSettings> devices) {

  /** Whether emulators may run. */
  public enum Profile {
    PRODUCTION,
    DEMO
  }

  public DeviceConfig {
    devices = Collections.unmodifiableMap(new TreeMap<>(devices));
  }

  /**
   * Reads and checks a configuration.
   *
   * @throws DeviceConfigException for an unknown profile, a device without a driver, or an emulator
   *     in production
   */
  public static DeviceConfig from(Properties properties) throws DeviceConfigException {
    String profileName = properties.getProperty("profile", "production").trim();
    Profile profile;
    try {
      profile = Profile.valueOf(profileName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DeviceConfigException(
          "profile must be production or demo, not '" + profileName + "'.");
    }
    Map<String, Map<String, String>> byRole = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (!key.startsWith("device.")) {
        continue;
      }
      String rest = key.substring("device.".length());
      int dot = rest.indexOf('.');
      if (dot <= 0 || dot == rest.length() - 1) {
        throw new DeviceConfigException(
            "Property " + key + " should read device.ROLE.KEY, such as device.idcard.port.");
      }
      byRole
          .computeIfAbsent(rest.substring(0, dot), r -> new HashMap<>())
          .put(rest.substring(dot + 1), properties.getProperty(key).trim());
    }
    Map<String, DeviceSettings> devices = new TreeMap<>();
    for (Map.Entry<String, Map<String, String>> entry : byRole.entrySet()) {
      String role = entry.getKey();
      Map<String, String> keys = new HashMap<>(entry.getValue());
      String driver = keys.remove("driver");
      if (driver == null || driver.isBlank()) {
        throw new DeviceConfigException(
            "Device " + role + " is configured but device." + role + ".driver is missing.");
      }
      String port = keys.remove("port");
      DeviceSettings settings = new DeviceSettings(role, driver, port, keys);
      if (profile == Profile.PRODUCTION && settings.isEmulator()) {
        throw new DeviceConfigException(
            "The production profile refuses the emulator configured for device "
                + role
                + " (device."
                + role
                + ".driver="
                + driver
                + "): configure its real driver, or set profile=demo.");
      }
      devices.put(role, settings);
    }
    return new DeviceConfig(profile, devices);
  }

  public Optional<DeviceSettings> device(String role) {
    return Optional.ofNullable(devices.get(role));
  }

  /** The settings of {@code role}, or an error naming the missing key. */
  public DeviceSettings require(String role) throws DeviceConfigException {
    return device(role)
        .orElseThrow(
            () ->
                new DeviceConfigException(
                    "No device." + role + ".driver is configured, so there is no " + role + "."));
  }
}
