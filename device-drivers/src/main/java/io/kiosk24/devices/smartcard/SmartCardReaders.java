package io.kiosk24.devices.smartcard;

import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the smart card reader a configuration names. Driver {@code pcsc}: options {@code reader}
 * (part of the PC/SC reader name; the first reader when absent), {@code library} (path of
 * libpcsclite), {@code watch-ms} (longest wait for a card change, 500 by default). Driver {@code
 * emulator} (demo profile only): the same reader over in-memory terminals holding an emulated
 * social security card ({@link SmartCardEmulator}); options {@code inserted} ({@code true} puts the
 * built-in card in at start) and {@code watch-ms}.
 */
public final class SmartCardReaders {

  private static final Logger LOG = LoggerFactory.getLogger(SmartCardReaders.class);

  /** The driver name of a PC/SC reader. */
  public static final String PCSC = "pcsc";

  /** The driver name of the emulated reader and card. */
  public static final String EMULATOR = DeviceSettings.EMULATOR;

  /** An emulated reader and the handle that inserts and removes its card. */
  public record Emulated(SmartCardReader reader, SmartCardEmulator emulator) {}

  /**
   * The PC/SC readers this machine has, or why they cannot be listed.
   *
   * @param readers PC/SC reader names, such as {@code ACS ACR39U ICC Reader 00 00}; unmodifiable
   * @param problem one sentence saying why the list is empty for want of PC/SC, if it is
   */
  public record Listing(List<String> readers, Optional<String> problem) {
    public Listing {
      readers = List.copyOf(readers);
    }
  }

  private SmartCardReaders() {}

  /**
   * Lists the PC/SC readers through {@code javax.smartcardio}. Never throws: without pcscd or its
   * library the list is empty and {@link Listing#problem()} says what to install or start.
   */
  public static Listing readers() {
    try {
      List<String> names =
          PcscCardReader.pcsc(Optional.empty()).terminals().list().stream()
              .map(CardTerminal::getName)
              .sorted()
              .toList();
      return new Listing(names, Optional.empty());
    } catch (SmartCardException | CardException | RuntimeException e) {
      String causes = causes(e);
      if (causes.contains("SCARD_E_NO_READERS_AVAILABLE")) {
        return new Listing(List.of(), Optional.empty());
      }
      LOG.debug("PC/SC readers cannot be listed", e);
      if (causes.contains("SCARD_E_NO_SERVICE")) {
        return new Listing(
            List.of(),
            Optional.of(
                "pcscd is not running, so no smart card reader can be listed; start it"
                    + " (systemctl start pcscd.socket)."));
      }
      if (e instanceof SmartCardException) {
        return new Listing(List.of(), Optional.of(e.getMessage()));
      }
      return new Listing(
          List.of(),
          Optional.of(
              "PC/SC cannot list smart card readers ("
                  + causes
                  + "); install pcscd and libpcsclite1."));
    }
  }

  private static String causes(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      text.append(": ").append(c.getMessage());
    }
    return text.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * Opens the emulated reader with the handle that moves its card; the driver must be {@code
   * emulator}. The reader is open and {@code ONLINE} when this returns.
   *
   * @throws DeviceConfigException for another driver or a bad option
   */
  public static Emulated openEmulated(DeviceSettings settings) throws DeviceConfigException {
    if (!EMULATOR.equals(settings.driver())) {
      throw new DeviceConfigException(
          "device."
              + settings.role()
              + ".driver="
              + settings.driver()
              + " is not the smart card emulator; use "
              + EMULATOR
              + ".");
    }
    String inserted = settings.option("inserted").orElse("false").strip();
    if (!inserted.equals("true") && !inserted.equals("false")) {
      throw new DeviceConfigException(
          "device." + settings.role() + ".inserted must be true or false, not '" + inserted + "'.");
    }
    InMemoryCardTerminals terminals = new InMemoryCardTerminals(SmartCardEmulator.READER_NAME);
    SmartCardEmulator emulator = new SmartCardEmulator(terminals);
    if (inserted.equals("true")) {
      emulator.insert();
    }
    PcscCardReader reader = new PcscCardReader(config(settings), () -> terminals);
    try {
      reader.open();
    } catch (SmartCardException e) {
      // cannot happen: the in-memory reader is always listed
      LOG.warn("{}: the emulated reader did not open: {}", reader.name(), e.getMessage());
    }
    return new Emulated(reader, emulator);
  }

  private static SmartCardReaderConfig config(DeviceSettings settings)
      throws DeviceConfigException {
    SmartCardReaderConfig defaults = SmartCardReaderConfig.defaults();
    return defaults
        .withName(settings.role())
        .withReaderFilter(settings.option("reader").orElse(""))
        .withWatchInterval(
            Duration.ofMillis(
                settings.intOption("watch-ms", (int) defaults.watchInterval().toMillis())));
  }

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
    if (EMULATOR.equals(settings.driver())) {
      return openEmulated(settings).reader();
    }
    if (!PCSC.equals(settings.driver())) {
      throw new DeviceConfigException(
          "device."
              + settings.role()
              + ".driver="
              + settings.driver()
              + " is not a smart card driver; use "
              + PCSC
              + " (or "
              + EMULATOR
              + " in the demo profile).");
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
    PcscCardReader reader = new PcscCardReader(config(settings), PcscCardReader.pcsc(library));
    try {
      reader.open();
    } catch (SmartCardException e) {
      LOG.warn("{}: not ready at start, will keep looking: {}", reader.name(), e.getMessage());
    }
    return reader;
  }
}
