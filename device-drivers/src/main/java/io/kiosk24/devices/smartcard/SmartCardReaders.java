package io.kiosk24.devices.smartcard;

import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the smart card reader a configuration names. Driver {@code pcsc}: options {@code reader}
 * (part of the PC/SC reader name; the first reader when absent), {@code library} (path of
 * libpcsclite), {@code watch-ms} (longest wait for a card change, 500 by default).
 */
public final class SmartCardReaders {

  private static final Logger LOG = LoggerFactory.getLogger(SmartCardReaders.class);

  /** The driver name of a PC/SC reader. */
  public static final String PCSC = "pcsc";

  private SmartCardReaders() {}

  /** Opens the reader of role {@code smartcard} in {@code config}. */
  public static SmartCardReader open(DeviceConfig config) throws DeviceConfigException {
    return open(config.require("smartcard"));
  }

  /**
   * Returns an opened reader. A reader that is missing right now is returned anyway, with status
   * {@code NO_DEVICE}: it comes online by itself when the reader appears.
   *
   * @throws DeviceConfigException for an unknown driver, a missing library file or a bad option
   */
  public static SmartCardReader open(DeviceSettings settings) throws DeviceConfigException {
    if (!PCSC.equals(settings.driver())) {
      throw new DeviceConfigException(
          "device."
              + settings.role()
              + ".driver="
              + settings.driver()
              + " is not a smart card driver; use "
              + PCSC
              + ".");
    }
    Optional<String> library = settings.option("library").map(String::strip);
    if (library.isPresent() && !Files.isRegularFile(Path.of(library.get()))) {
      throw new DeviceConfigException(
          "device."
              + settings.role()
              + ".library="
              + library.get()
              + " does not exist; point it at libpcsclite.so.1 (Debian: package libpcsclite1).");
    }
    SmartCardReaderConfig defaults = SmartCardReaderConfig.defaults();
    SmartCardReaderConfig config =
        defaults
            .withName(settings.role())
            .withReaderFilter(settings.option("reader").orElse(""))
            .withWatchInterval(
                Duration.ofMillis(
                    settings.intOption("watch-ms", (int) defaults.watchInterval().toMillis())));
    PcscCardReader reader = new PcscCardReader(config, PcscCardReader.pcsc(library));
    try {
      reader.open();
    } catch (SmartCardException e) {
      LOG.warn("{}: not ready at start, will keep looking: {}", reader.name(), e.getMessage());
    }
    return reader;
  }
}
