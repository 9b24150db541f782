package io.kiosk24.devices.idcard;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import io.kiosk24.devices.serial.InMemorySerialLink;
import io.kiosk24.devices.serial.SerialLinkFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the ID card reader a configuration names. Drivers: {@code sam-serial} (a GA 467 reader on
 * {@code port}, options {@code baud}, {@code poll-ms}, {@code reply-timeout-ms}) and {@code
 * emulator} (options {@code cards} for a JSON file of sample cards, {@code card} for the index
 * placed at start).
 */
public final class IdCardReaders {

  private static final Logger LOG = LoggerFactory.getLogger(IdCardReaders.class);

  /** The driver name of a GA 467 serial reader. */
  public static final String SAM_SERIAL = "sam-serial";

  private IdCardReaders() {}

  /** Opens the reader of role {@code idcard} in {@code config}. */
  public static IdCardReader open(DeviceConfig config) throws DeviceConfigException {
    return open(config.require("idcard"));
  }

  /**
   * Returns an opened reader. A reader whose device is missing right now is returned anyway, with
   * status {@code NO_DEVICE}: it reconnects by itself when the device appears.
   *
   * @throws DeviceConfigException for an unknown driver, a missing port or a bad option
   */
  public static IdCardReader open(DeviceSettings settings) throws DeviceConfigException {
    IdCardReaderConfig config = config(settings);
    return switch (settings.driver()) {
      case SAM_SERIAL -> {
        if (settings.port().isBlank()) {
          throw new DeviceConfigException(
              "device." + settings.role() + ".port is missing; name the reader's serial port.");
        }
        SamIdCardReader reader =
            new SamIdCardReader(
                SerialLinkFactory.jSerialComm(settings.port(), settings.baud()),
                settings.port(),
                config);
        openQuietly(reader);
        yield reader;
      }
      case DeviceSettings.EMULATOR -> emulated(settings, config);
      default ->
          throw new DeviceConfigException(
              "device."
                  + settings.role()
                  + ".driver="
                  + settings.driver()
                  + " is not an ID card driver; use "
                  + SAM_SERIAL
                  + " or "
                  + DeviceSettings.EMULATOR
                  + ".");
    };
  }

  private static IdCardReader emulated(DeviceSettings settings, IdCardReaderConfig config)
      throws DeviceConfigException {
    List<SampleCard> cards;
    if (settings.option("cards").isPresent()) {
      String file = settings.option("cards").get();
      try {
        cards = SampleCard.load(Path.of(file));
      } catch (IOException e) {
        throw new DeviceConfigException(
            "device." + settings.role() + ".cards=" + file + " cannot be read: " + e.getMessage());
      }
    } else {
      cards = SampleCard.builtIn();
    }
    InMemorySerialLink.Pair pair = InMemorySerialLink.pair("emulator:" + settings.role());
    IdCardEmulator emulator = new IdCardEmulator(pair.device(), cards).start();
    int card = settings.intOption("card", -1);
    if (card >= 0) {
      emulator.placeCard(card);
    }
    SamIdCardReader reader = new SamIdCardReader(pair::host, pair.host().portName(), config);
    openQuietly(reader);
    return new EmulatedIdCardReader(reader, emulator);
  }

  private static IdCardReaderConfig config(DeviceSettings settings) throws DeviceConfigException {
    IdCardReaderConfig defaults = IdCardReaderConfig.defaults();
    return defaults
        .withName(settings.role())
        .withPollInterval(
            Duration.ofMillis(
                settings.intOption("poll-ms", (int) defaults.pollInterval().toMillis())))
        .withReplyTimeout(
            Duration.ofMillis(
                settings.intOption("reply-timeout-ms", (int) defaults.replyTimeout().toMillis())));
  }

  private static void openQuietly(SamIdCardReader reader) {
    try {
      reader.open();
    } catch (DeviceException e) {
      LOG.warn("{}: not ready at start, will keep reconnecting: {}", reader.name(), e.getMessage());
    }
  }
}
