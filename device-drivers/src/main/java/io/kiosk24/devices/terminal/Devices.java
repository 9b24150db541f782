package io.kiosk24.devices.terminal;

import io.kiosk24.devices.Device;
import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.barcode.BarcodeScanners;
import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import io.kiosk24.devices.document.DocumentPrinters;
import io.kiosk24.devices.gpio.GpioPanel;
import io.kiosk24.devices.gpio.GpioPanels;
import io.kiosk24.devices.idcard.EmulatedIdCardReader;
import io.kiosk24.devices.idcard.IdCardReader;
import io.kiosk24.devices.idcard.IdCardReaders;
import io.kiosk24.devices.receipt.ReceiptPrinters;
import io.kiosk24.devices.scanner.Scanners;
import io.kiosk24.devices.smartcard.SmartCardReaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a terminal's devices by role, through each device class's factory. This is the one table of
 * roles and factories: the terminal and {@code kioskctl} both open devices here.
 *
 * <p>Roles: {@code idcard} ({@link IdCardReaders}), {@code smartcard} ({@link SmartCardReaders}),
 * {@code receipt} ({@link ReceiptPrinters}), {@code a4} ({@link DocumentPrinters}), {@code barcode}
 * ({@link BarcodeScanners}), {@code scanner} ({@link Scanners}), {@code gpio} ({@link GpioPanels}).
 */
public final class Devices {

  private static final Logger LOG = LoggerFactory.getLogger(Devices.class);

  public static final String IDCARD = "idcard";
  public static final String SMARTCARD = "smartcard";
  public static final String RECEIPT = "receipt";
  public static final String A4 = "a4";
  public static final String BARCODE = "barcode";
  public static final String SCANNER = "scanner";
  public static final String GPIO = GpioPanels.ROLE;

  /** What a factory made: the device, and for an emulator driver the emulator behind it. */
  private record Made(Device device, Object emulator) {}

  @FunctionalInterface
  private interface Factory {
    Made make(DeviceSettings settings) throws DeviceException;
  }

  /**
   * How each role is made. {@code opensItself}: the factory already opened the device (and keeps
   * reconnecting); the others are made closed and get one {@link Device#open()} here.
   */
  private record Maker(Factory factory, boolean opensItself) {}

  private static final Map<String, Maker> MAKERS = new LinkedHashMap<>();

  static {
    MAKERS.put(
        IDCARD,
        new Maker(
            s -> {
              IdCardReader reader = IdCardReaders.open(s);
              return new Made(
                  reader, reader instanceof EmulatedIdCardReader e ? e.emulator() : null);
            },
            true));
    MAKERS.put(
        SMARTCARD,
        new Maker(
            s -> {
              if (!isEmulator(s)) {
                return new Made(SmartCardReaders.open(s), null);
              }
              SmartCardReaders.Emulated e = SmartCardReaders.openEmulated(s);
              return new Made(e.reader(), e.emulator());
            },
            true));
    MAKERS.put(
        RECEIPT,
        new Maker(
            s -> {
              if (!isEmulator(s)) {
                return new Made(ReceiptPrinters.open(s), null);
              }
              ReceiptPrinters.Emulated e = ReceiptPrinters.openEmulated(s);
              return new Made(e.printer(), e.emulator());
            },
            false));
    MAKERS.put(
        A4,
        new Maker(
            s -> {
              if (!isEmulator(s)) {
                return new Made(DocumentPrinters.open(s), null);
              }
              DocumentPrinters.Emulated e = DocumentPrinters.openEmulated(s);
              return new Made(e.printer(), e.emulator());
            },
            false));
    MAKERS.put(
        BARCODE,
        new Maker(
            s -> {
              if (!isEmulator(s)) {
                return new Made(BarcodeScanners.open(s), null);
              }
              BarcodeScanners.Emulated e = BarcodeScanners.openEmulated(s);
              return new Made(e.scanner(), e.emulator());
            },
            false));
    MAKERS.put(SCANNER, new Maker(s -> new Made(Scanners.open(s), null), false));
    MAKERS.put(
        GPIO,
        new Maker(
            s -> {
              GpioPanel panel = GpioPanels.open(s);
              return new Made(panel, panel.mockInputs().orElse(null));
            },
            true));
  }

  /** The {@code emulator} driver, whose factory also hands back the emulator to steer. */
  private static boolean isEmulator(DeviceSettings settings) {
    return DeviceSettings.EMULATOR.equals(settings.driver());
  }

  private Devices() {}

  /** The roles a configuration may name, in the order they are opened. */
  public static Set<String> roles() {
    return java.util.Collections.unmodifiableSet(MAKERS.keySet());
  }

  /**
   * Opens every device {@code config} names. Never fails as a whole: a role that is unknown, or
   * whose device cannot be made, is kept with the sentence saying why; a device that is made but
   * does not answer yet is kept too, with its sentence, since most drivers find their device when
   * it comes.
   */
  public static OpenedDevices open(DeviceConfig config) {
    List<OpenedDevice> opened = new ArrayList<>();
    for (String role : MAKERS.keySet()) {
      config.device(role).ifPresent(settings -> opened.add(openRole(settings)));
    }
    for (DeviceSettings settings : config.devices().values()) {
      if (!MAKERS.containsKey(settings.role())) {
        opened.add(
            new OpenedDevice(
                settings,
                null,
                null,
                "device."
                    + settings.role()
                    + " is not a device role; use one of "
                    + String.join(", ", MAKERS.keySet())
                    + "."));
      }
    }
    return new OpenedDevices(opened);
  }

  /**
   * Makes the device of one role and opens it.
   *
   * @throws DeviceConfigException for a role without a factory or a wrong setting
   * @throws DeviceException when the device cannot be made or opened
   */
  public static Device open(DeviceSettings settings) throws DeviceException {
    Maker maker = MAKERS.get(settings.role());
    if (maker == null) {
      throw new DeviceConfigException(
          "device."
              + settings.role()
              + " is not a device role; use one of "
              + String.join(", ", MAKERS.keySet())
              + ".");
    }
    Device device = maker.factory().make(settings).device();
    if (!maker.opensItself()) {
      try {
        device.open();
      } catch (DeviceException e) {
        device.close();
        throw e;
      }
    }
    return device;
  }

  private static OpenedDevice openRole(DeviceSettings settings) {
    Maker maker = MAKERS.get(settings.role());
    Made made;
    try {
      made = maker.factory().make(settings);
    } catch (DeviceException | RuntimeException e) {
      LOG.debug("{}: cannot be made", settings.role(), e);
      return new OpenedDevice(settings, null, null, sentence(e));
    }
    if (!maker.opensItself()) {
      try {
        made.device().open();
      } catch (DeviceException | RuntimeException e) {
        LOG.warn("{}: not ready: {}", settings.role(), e.getMessage());
        return new OpenedDevice(settings, made.device(), made.emulator(), sentence(e));
      }
    }
    return new OpenedDevice(settings, made.device(), made.emulator(), null);
  }

  /** One sentence for a failure: the typed exception's message, or the kind of failure. */
  static String sentence(Exception e) {
    if (e instanceof DeviceException && e.getMessage() != null) {
      return e.getMessage();
    }
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    return "Unexpected " + e.getClass().getSimpleName() + message + ".";
  }
}
