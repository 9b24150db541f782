package io.kiosk24.devices.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which driver runs one device role, on which port, with which extra options ({@code baud}, {@code
 * cards}, …), as read from {@code device.ROLE.*} properties.
 */
public record DeviceSettings(String role, String driver, String port, Map<String, String> options) {

  /** The driver name that selects a device's emulator; refused in the production profile. */
  public static final String EMULATOR = "emulator";

  public DeviceSettings {
    port = port == null ? "" : port;
    options = Map.copyOf(options);
  }

  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key)).filter(v -> !v.isBlank());
  }

  /** An integer option, or {@code fallback} when absent. */
  public int intOption(String key, int fallback) throws DeviceConfigException {
    Optional<String> value = option(key);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.get().trim());
    } catch (NumberFormatException e) {
      throw new DeviceConfigException(
          "device." + role + "." + key + " must be a whole number, not '" + value.get() + "'.");
    }
  }

  /**
   * A yes-or-no option, or {@code fallback} when absent. The value counts as true when it is one of
   * {@code trueWords} and as false when it is one of {@code falseWords}, ignoring case and
   * surrounding blanks; the words are given in lower case.
   */
  public boolean booleanOption(
      String key, boolean fallback, Set<String> trueWords, Set<String> falseWords)
      throws DeviceConfigException {
    Optional<String> value = option(key);
    if (value.isEmpty()) {
      return fallback;
    }
    String word = value.get().trim().toLowerCase(Locale.ROOT);
    if (trueWords.contains(word)) {
      return true;
    }
    if (falseWords.contains(word)) {
      return false;
    }
    throw new DeviceConfigException(
        "device." + role + "." + key + " must be true or false, not '" + value.get() + "'.");
  }

  /** The serial speed; 115200 unless {@code baud} says otherwise. */
  public int baud() throws DeviceConfigException {
    return intOption("baud", 115200);
  }

  /** The GPIO driver of Pi4J's in-memory mock lines, an emulator like {@link #EMULATOR}. */
  public static final String MOCK = "mock";

  /** The barcode camera that plays a folder of images: an emulator like {@link #EMULATOR}. */
  public static final String CAMERA_FOLDER = "camera-folder";

  /** Whether this driver stands in for hardware; the production profile refuses such drivers. */
  public boolean isEmulator() {
    return EMULATOR.equals(driver) || MOCK.equals(driver) || CAMERA_FOLDER.equals(driver);
  }
}
