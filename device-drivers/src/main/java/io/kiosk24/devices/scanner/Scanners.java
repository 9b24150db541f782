package io.kiosk24.devices.scanner;

import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes the document scanner that configuration asks for ({@code device.scanner.*}). The one driver
 * is {@code sane}, with options:
 *
 * <ul>
 *   <li>{@code device}: the SANE device name, such as {@code test:0} (required; {@code port} is
 *       accepted for it too)
 *   <li>{@code resolution} (dpi, default 300), {@code mode} ({@code color} default, {@code gray}),
 *       {@code format} ({@code png} default, {@code jpeg}, {@code pdf}): what a scan asks for
 *   <li>{@code scanimage}: the program (default {@code scanimage} on the PATH); {@code
 *       sane-config-dir}: a directory whose {@code dll.conf} chooses the backends
 *   <li>{@code list-timeout-s} (default 30), {@code scan-timeout-s} (default 120)
 * </ul>
 */
public final class Scanners {

  public static final String SANE = "sane";

  /** How long {@link #list()} lets {@code scanimage} look; network backends can be slow. */
  static final Duration LIST_TIMEOUT = Duration.ofSeconds(30);

  /**
   * The scanners SANE sees, or why they cannot be listed.
   *
   * @param scanners what {@code scanimage -f} lists; unmodifiable
   * @param problem one sentence saying why nothing could be listed, if so
   */
  public record Listing(List<ScannerInfo> scanners, Optional<String> problem) {
    public Listing {
      scanners = List.copyOf(scanners);
    }
  }

  private Scanners() {}

  /**
   * Lists the scanners with {@code scanimage -f} from the PATH, in this process's SANE
   * configuration ({@code SANE_CONFIG_DIR} when set), stopping it after 30 s. Never throws: when
   * scanimage is missing, fails or hangs, the list is empty and {@link Listing#problem()} says so.
   */
  public static Listing list() {
    return list(ScannerConfig.of("scanner", "any").withTimeouts(LIST_TIMEOUT, LIST_TIMEOUT));
  }

  /** {@link #list()} with the scanimage and SANE configuration of {@code config}. */
  static Listing list(ScannerConfig config) {
    try {
      return new Listing(new SaneScanner(config).devices(), Optional.empty());
    } catch (ScannerException e) {
      if (e.reason() == ScannerException.Reason.SCANIMAGE_MISSING) {
        return new Listing(
            List.of(),
            Optional.of(
                "scanimage is not installed, so no scanner can be listed; install Debian's"
                    + " sane-utils."));
      }
      return new Listing(List.of(), Optional.of(e.getMessage()));
    }
  }

  /**
   * Makes the configured scanner; nothing runs yet. {@link SaneScanner#open()} checks that SANE
   * lists it.
   *
   * @throws DeviceConfigException when the driver is unknown or an option is malformed
   */
  public static SaneScanner open(DeviceSettings settings) throws DeviceConfigException {
    String role = settings.role();
    if (!SANE.equals(settings.driver())) {
      throw new DeviceConfigException(
          "device." + role + ".driver must be " + SANE + ", not '" + settings.driver() + "'.");
    }
    String device =
        settings
            .option("device")
            .or(() -> Optional.of(settings.port()).filter(p -> !p.isBlank()))
            .orElseThrow(
                () ->
                    new DeviceConfigException(
                        "device."
                            + role
                            + ".device is required: the SANE device name that scanimage -L"
                            + " shows, such as test:0."));
    ScanRequest defaults;
    try {
      defaults =
          new ScanRequest(
              settings.intOption("resolution", ScanRequest.DEFAULT_RESOLUTION),
              enumOption(settings, "mode", ScanMode.class, ScanMode.COLOR),
              enumOption(settings, "format", ScanFormat.class, ScanFormat.PNG));
    } catch (IllegalArgumentException e) {
      throw new DeviceConfigException("device." + role + ".resolution: " + e.getMessage() + ".");
    }
    ScannerConfig config =
        ScannerConfig.of(role, device)
            .withDefaults(defaults)
            .withScanimage(settings.option("scanimage").orElse("scanimage"))
            .withTimeouts(
                Duration.ofSeconds(positive(settings, "list-timeout-s", 30)),
                Duration.ofSeconds(positive(settings, "scan-timeout-s", 120)));
    Optional<String> configDir = settings.option("sane-config-dir");
    if (configDir.isPresent()) {
      config = config.withSaneConfigDir(Path.of(configDir.get()));
    }
    return new SaneScanner(config);
  }

  private static <E extends Enum<E>> E enumOption(
      DeviceSettings settings, String key, Class<E> type, E fallback) throws DeviceConfigException {
    Optional<String> value = settings.option(key);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.get().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        allowed
            .append(allowed.length() == 0 ? "" : ", ")
            .append(constant.name().toLowerCase(Locale.ROOT));
      }
      throw new DeviceConfigException(
          "device."
              + settings.role()
              + "."
              + key
              + " must be one of "
              + allowed
              + ", not '"
              + value.get()
              + "'.");
    }
  }

  private static int positive(DeviceSettings settings, String key, int fallback)
      throws DeviceConfigException {
    int value = settings.intOption(key, fallback);
    if (value < 1) {
      throw new DeviceConfigException(
          "device." + settings.role() + "." + key + " must be at least 1, not " + value + ".");
    }
    return value;
  }
}
