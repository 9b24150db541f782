package io.kiosk24.devices.gpio;

import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The GPIO lines of one terminal, read from {@code device.gpio.*}: which driver, which BCM pin
 * serves which sensor and light, and the lines' polarity.
 *
 * @param role the configuration role, {@code gpio}
 * @param sensors the BCM pin of each configured sensor
 * @param lights the BCM pin of each configured guidance light
 * @param switchesActiveLow door and tamper contacts pull their line to ground when closed
 * @param presenceActiveLow the PIR's output is low while it sees someone (most are high)
 * @param lightsActiveLow a low level lights the LED (a high level, through a transistor, is usual)
 * @param debounce how long a line must hold still before its new state counts
 * @param blinkPeriod one on-and-off cycle of a blinking light, when the caller does not say
 */
public record GpioConfig(
    String role,
    GpioDriver driver,
    Map<Sensor, Integer> sensors,
    Map<Light, Integer> lights,
    boolean switchesActiveLow,
    boolean presenceActiveLow,
    boolean lightsActiveLow,
    Duration debounce,
    Duration blinkPeriod) {

  /** The highest line number accepted: BCM 0–27 on a Raspberry Pi header, more on a Pi 5 chip. */
  public static final int MAX_PIN = 63;

  public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(50);
  public static final Duration DEFAULT_BLINK_PERIOD = Duration.ofSeconds(1);

  private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "1");
  private static final Set<String> FALSE_WORDS = Set.of("false", "no", "0");

  public GpioConfig {
    sensors = Collections.unmodifiableMap(new EnumMap<>(sensors));
    lights = Collections.unmodifiableMap(new EnumMap<>(lights));
  }

  /** Whether {@code sensor}'s line is asserted at a low level. */
  public boolean activeLow(Sensor sensor) {
    return sensor == Sensor.PRESENCE ? presenceActiveLow : switchesActiveLow;
  }

  /**
   * Reads {@code device.gpio.*}.
   *
   * @throws DeviceConfigException for an unknown driver or key, a malformed or repeated pin, or no
   *     pin at all
   */
  public static GpioConfig from(DeviceSettings settings) throws DeviceConfigException {
    String role = settings.role();
    GpioDriver driver =
        GpioDriver.fromConfigName(settings.driver())
            .orElseThrow(
                () ->
                    new DeviceConfigException(
                        "device."
                            + role
                            + ".driver must be one of "
                            + GpioDriver.choices()
                            + ", not '"
                            + settings.driver()
                            + "'."));
    Set<String> known =
        new HashSet<>(
            Set.of(
                "active-low",
                "presence-active-low",
                "light-active-low",
                "debounce-ms",
                "blink-ms"));
    Map<Integer, String> used = new HashMap<>();
    Map<Sensor, Integer> sensors = new EnumMap<>(Sensor.class);
    for (Sensor sensor : Sensor.values()) {
      known.add(sensor.key() + "-pin");
      pin(settings, sensor.key(), used).ifPresent(pin -> sensors.put(sensor, pin));
    }
    Map<Light, Integer> lights = new EnumMap<>(Light.class);
    for (Light light : Light.values()) {
      known.add(light.key() + "-pin");
      pin(settings, light.key(), used).ifPresent(pin -> lights.put(light, pin));
    }
    for (String key : settings.options().keySet()) {
      if (!known.contains(key)) {
        throw new DeviceConfigException(
            "device."
                + role
                + "."
                + key
                + " is not a GPIO setting; see the keys in docs/devices.md (door-pin,"
                + " tamper-pin, presence-pin, idcard-light-pin, ...).");
      }
    }
    if (sensors.isEmpty() && lights.isEmpty()) {
      throw new DeviceConfigException(
          "device."
              + role
              + " has no line configured; set at least one of device."
              + role
              + ".door-pin, tamper-pin, presence-pin or a light's pin.");
    }
    int debounceMs = settings.intOption("debounce-ms", (int) DEFAULT_DEBOUNCE.toMillis());
    if (debounceMs < 0) {
      throw new DeviceConfigException(
          "device." + role + ".debounce-ms cannot be negative, not " + debounceMs + ".");
    }
    int blinkMs = settings.intOption("blink-ms", (int) DEFAULT_BLINK_PERIOD.toMillis());
    if (blinkMs < 2) {
      throw new DeviceConfigException(
          "device." + role + ".blink-ms must be at least 2, not " + blinkMs + ".");
    }
    return new GpioConfig(
        role,
        driver,
        sensors,
        lights,
        settings.booleanOption("active-low", true, TRUE_WORDS, FALSE_WORDS),
        settings.booleanOption("presence-active-low", false, TRUE_WORDS, FALSE_WORDS),
        settings.booleanOption("light-active-low", false, TRUE_WORDS, FALSE_WORDS),
        Duration.ofMillis(debounceMs),
        Duration.ofMillis(blinkMs));
  }

  private static Optional<Integer> pin(
      DeviceSettings settings, String name, Map<Integer, String> used)
      throws DeviceConfigException {
    String key = name + "-pin";
    if (settings.option(key).isEmpty()) {
      return Optional.empty();
    }
    int pin = settings.intOption(key, -1);
    if (pin < 0 || pin > MAX_PIN) {
      throw new DeviceConfigException(
          "device."
              + settings.role()
              + "."
              + key
              + " must be a BCM line number from 0 to "
              + MAX_PIN
              + ", not "
              + pin
              + ".");
    }
    String other = used.putIfAbsent(pin, name);
    if (other != null) {
      throw new DeviceConfigException(
          "device."
              + settings.role()
              + "."
              + key
              + "="
              + pin
              + " is already the "
              + other
              + " line; give each sensor and light its own pin.");
    }
    return Optional.of(pin);
  }
}
