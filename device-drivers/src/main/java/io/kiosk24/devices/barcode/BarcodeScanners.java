package io.kiosk24.devices.barcode;

import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import io.kiosk24.devices.serial.InMemorySerialLink;
import io.kiosk24.devices.serial.SerialLink;
import io.kiosk24.devices.serial.SerialLinkException;
import io.kiosk24.devices.serial.SerialLinkFactory;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the barcode scanner that configuration asks for ({@code device.barcode.*}):
 *
 * <ul>
 *   <li>{@code serial}: port is the device path; options {@code baud} (default 9600), {@code
 *       suffix} ({@code CR} default, {@code LF}, {@code CRLF}, {@code TAB}), {@code max-length}
 *       (bytes, default 4096), {@code charset} ({@code UTF-8} default, or {@code GB18030}), {@code
 *       aim-id} ({@code true} when the scanner prefixes AIM identifiers)
 *   <li>{@code emulator}: a {@link SerialScannerEmulator} in this process behind an in-memory
 *       serial line, so the real driver and codec run; same options as {@code serial}
 *   <li>{@code camera-folder}: a {@link FolderCamera} on option {@code folder}, with {@code loop}
 *       ({@code false} default) and {@code interval-ms} (default 200); {@code repeat-ms} (default
 *       2000) and {@code charset} apply
 * </ul>
 */
public final class BarcodeScanners {

  public static final String SERIAL = "serial";
  public static final String CAMERA_FOLDER = DeviceSettings.CAMERA_FOLDER;
  public static final int DEFAULT_BAUD = 9600;

  private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on");
  private static final Set<String> FALSE_WORDS = Set.of("false", "no", "off");

  /** A scanner wired to an in-process emulator, for demos and tests that present codes. */
  public record Emulated(SerialBarcodeScanner scanner, SerialScannerEmulator emulator) {}

  private BarcodeScanners() {}

  /**
   * Makes the configured scanner. Nothing is read yet: call {@link BarcodeScanner#open()}.
   *
   * @throws DeviceConfigException when the driver is unknown or an option is malformed
   */
  public static BarcodeScanner open(DeviceSettings settings) throws DeviceConfigException {
    BarcodeScannerConfig config = config(settings);
    return switch (settings.driver()) {
      case SERIAL -> {
        String path = settings.port();
        if (path.isBlank()) {
          throw new DeviceConfigException(
              "device." + settings.role() + ".port is required for driver " + SERIAL + ".");
        }
        int baud = settings.intOption("baud", DEFAULT_BAUD);
        yield new SerialBarcodeScanner(SerialLinkFactory.jSerialComm(path, baud), path, config);
      }
      case DeviceSettings.EMULATOR -> openEmulated(settings).scanner();
      case CAMERA_FOLDER -> {
        String folder =
            settings
                .option("folder")
                .orElseThrow(
                    () ->
                        new DeviceConfigException(
                            "device."
                                + settings.role()
                                + ".folder is required for driver "
                                + CAMERA_FOLDER
                                + "."));
        boolean loop = settings.booleanOption("loop", false, TRUE_WORDS, FALSE_WORDS);
        Duration interval = Duration.ofMillis(nonNegative(settings, "interval-ms", 200));
        yield new CameraBarcodeScanner(new FolderCamera(Path.of(folder), loop, interval), config);
      }
      default ->
          throw new DeviceConfigException(
              "device."
                  + settings.role()
                  + ".driver must be "
                  + SERIAL
                  + ", "
                  + CAMERA_FOLDER
                  + " or "
                  + DeviceSettings.EMULATOR
                  + ", not '"
                  + settings.driver()
                  + "'.");
    };
  }

  /** Makes a scanner wired to an emulator and hands back the emulator too. */
  public static Emulated openEmulated(DeviceSettings settings) throws DeviceConfigException {
    BarcodeScannerConfig config = config(settings);
    InMemorySerialLink.Pair pair = InMemorySerialLink.pair("emulated-" + settings.role());
    SerialLink host = pair.host();
    SerialLinkFactory links =
        () -> {
          if (pair.host().isClosed()) {
            throw new SerialLinkException("Serial line " + host.portName() + " was closed.");
          }
          return host;
        };
    SerialScannerEmulator emulator =
        new SerialScannerEmulator(pair.device(), config.suffix(), config.charset());
    return new Emulated(new SerialBarcodeScanner(links, host.portName(), config), emulator);
  }

  /** Reads the options every driver shares. */
  static BarcodeScannerConfig config(DeviceSettings settings) throws DeviceConfigException {
    String role = settings.role();
    BarcodeScannerConfig config = BarcodeScannerConfig.defaults(role);
    Optional<String> suffix = settings.option("suffix");
    if (suffix.isPresent()) {
      try {
        config = config.withSuffix(LineSuffix.parse(suffix.get()));
      } catch (IllegalArgumentException e) {
        throw new DeviceConfigException("device." + role + ".suffix " + e.getMessage() + ".");
      }
    }
    int maxLength = settings.intOption("max-length", BarcodeScannerConfig.DEFAULT_MAX_LENGTH);
    if (maxLength < 1) {
      throw new DeviceConfigException(
          "device." + role + ".max-length must be at least 1, not " + maxLength + ".");
    }
    config = config.withMaxLength(maxLength);
    config = config.withCharset(charset(settings));
    config = config.withAimIds(settings.booleanOption("aim-id", false, TRUE_WORDS, FALSE_WORDS));
    config = config.withRepeatWindow(Duration.ofMillis(nonNegative(settings, "repeat-ms", 2000)));
    return config;
  }

  private static Charset charset(DeviceSettings settings) throws DeviceConfigException {
    Optional<String> name = settings.option("charset");
    if (name.isEmpty()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.get().trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new DeviceConfigException(
          "device."
              + settings.role()
              + ".charset must be a character set Java knows, such as UTF-8 or GB18030, not '"
              + name.get()
              + "'.");
    }
  }

  private static int nonNegative(DeviceSettings settings, String key, int fallback)
      throws DeviceConfigException {
    int value = settings.intOption(key, fallback);
    if (value < 0) {
      throw new DeviceConfigException(
          "device." + settings.role() + "." + key + " cannot be negative, not " + value + ".");
    }
    return value;
  }
}
