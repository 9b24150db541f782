package io.kiosk24.kiosk.config;

import io.kiosk24.devices.Device;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.barcode.BarcodeScanner;
import io.kiosk24.devices.barcode.SerialScannerEmulator;
import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import io.kiosk24.devices.document.DocumentPrinter;
import io.kiosk24.devices.document.DocumentPrinterEmulator;
import io.kiosk24.devices.gpio.GpioPanel;
import io.kiosk24.devices.gpio.MockInputs;
import io.kiosk24.devices.idcard.IdCardEmulator;
import io.kiosk24.devices.idcard.IdCardReader;
import io.kiosk24.devices.receipt.ReceiptPrinter;
import io.kiosk24.devices.receipt.ReceiptPrinterEmulator;
import io.kiosk24.devices.smartcard.SmartCardEmulator;
import io.kiosk24.devices.smartcard.SmartCardReader;
import io.kiosk24.devices.terminal.Devices;
import io.kiosk24.devices.terminal.OpenedDevice;
import io.kiosk24.devices.terminal.OpenedDevices;
import io.kiosk24.kiosk.core.DeviceInputs;
import io.kiosk24.kiosk.core.ReceiptOutput;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devices a terminal's configuration names, opened by role through the device layer's one table
 * of factories ({@link Devices}), so the demo's emulators are driven by the same drivers and codecs
 * as real hardware.
 *
 * <p>A device that cannot be opened does not stop the terminal: its sentence is logged once, health
 * reports it as {@code NO_DEVICE} (or whatever its driver says while it reconnects), and the
 * terminal serves with the others. A missing ID card reader is stood in for by one that tells the
 * citizen the reader cannot be used. A configuration that cannot be read at all (an unknown
 * profile, an emulator in production, no ID card reader configured) is a {@link ConfigException}.
 */
public final class TerminalDevices implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TerminalDevices.class);

  /** The receipt printer's role in {@code device.ROLE.*} keys and in health reports. */
  public static final String RECEIPT = Devices.RECEIPT;

  /** How often the receipt printer's status is asked for, between jobs, unless configured. */
  static final Duration RECEIPT_POLL_INTERVAL = Duration.ofSeconds(30);

  /** Roles whose {@code out} option is a folder, resolved against the terminal's home. */
  private static final List<String> ROLES_WITH_OUT = List.of(RECEIPT, Devices.A4);

  private final Set<String> roles;
  private final OpenedDevices opened;
  private final Map<String, Device> devices;
  private final IdCardReader idCardReader;
  private final ReceiptPrinter receiptPrinter;
  private final ReceiptOutput receiptOutput;
  private final DocumentPrinter a4;
  private final Emulators emulators;
  private final TerminalInputs inputs;

  private TerminalDevices(
      Set<String> roles,
      OpenedDevices opened,
      Map<String, Device> devices,
      IdCardReader idCardReader,
      Emulators emulators) {
    this.roles = roles;
    this.opened = opened;
    this.devices = devices;
    this.idCardReader = idCardReader;
    this.emulators = emulators;
    this.receiptPrinter = device(RECEIPT, ReceiptPrinter.class).orElse(null);
    this.receiptOutput = receiptPrinter == null ? null : new ReceiptPrinterOutput(receiptPrinter);
    this.a4 = device(Devices.A4, DocumentPrinter.class).orElse(null);
    this.inputs =
        new TerminalInputs(
            device(Devices.BARCODE, BarcodeScanner.class),
            device(Devices.SMARTCARD, SmartCardReader.class),
            device(Devices.GPIO, GpioPanel.class));
  }

  /**
   * Opens every configured device, resolving relative paths against the working directory. With no
   * device configured at all, the terminal runs the demo profile: an emulated ID card reader with a
   * sample card lying on it, an emulated receipt printer drawing its receipts into {@code
   * kiosk24-receipts} in the temporary directory, an emulated QR scanner, an emulated smart card
   * reader with no card in it, an emulated A4 printer writing PDFs into {@code kiosk24-a4} in the
   * temporary directory, and the door, tamper and presence sensors and guidance lights on Pi4J's
   * mock lines.
   *
   * @throws ConfigException with one sentence when the configuration is wrong
   */
  public static TerminalDevices open(Properties properties) throws ConfigException {
    return open(properties, null);
  }

  /**
   * Like {@link #open(Properties)}, for a configuration read from {@code configFile}: a relative
   * {@code device.receipt.out} (or {@code device.a4.out}) is resolved against the terminal's home,
   * the folder that holds the file or, for a file in a folder named {@code config}, that folder's
   * parent. So {@code run/receipts} in {@code config/demo-terminal.properties} is {@code
   * run/receipts} beside {@code config/}, wherever the terminal was started from.
   *
   * @param configFile the file the properties came from, or null for none
   * @throws ConfigException with one sentence when the configuration is wrong
   */
  public static TerminalDevices open(Properties properties, Path configFile)
      throws ConfigException {
    Properties effective = new Properties();
    effective.putAll(properties);
    if (effective.stringPropertyNames().stream().noneMatch(key -> key.startsWith("device."))
        && !effective.containsKey("profile")) {
      LOG.info(
          "No device configured: demo profile with emulated ID card reader, smart card reader,"
              + " receipt and A4 printers and QR scanner, and mock GPIO sensors");
      demoDefaults().forEach(effective::putIfAbsent);
    }
    for (String role : ROLES_WITH_OUT) {
      String key = "device." + role + ".out";
      String out = effective.getProperty(key);
      if (out != null && !out.isBlank()) {
        effective.setProperty(key, home(configFile).resolve(out.trim()).toString());
      }
    }
    DeviceConfig config;
    Duration receiptPoll;
    try {
      config = DeviceConfig.from(effective);
      config.require(Devices.IDCARD);
      receiptPoll = receiptPollInterval(config);
    } catch (DeviceConfigException e) {
      throw new ConfigException(e.getMessage(), e);
    }

    OpenedDevices opened = Devices.open(config);
    Map<String, Device> devices = new TreeMap<>();
    for (OpenedDevice device : opened.all()) {
      if (device.device() != null) {
        devices.put(device.role(), device.device());
      } else {
        // Devices logged a device that was made but did not answer; one that was not made, here.
        LOG.warn("{}: no device: {}", device.role(), device.problem());
      }
    }
    IdCardReader idCardReader =
        devices.get(Devices.IDCARD) instanceof IdCardReader reader
            ? reader
            : new UnavailableIdCardReader(Devices.IDCARD);
    if (devices.get(RECEIPT) instanceof ReceiptPrinter printer) {
      startReceiptPrinter(printer, config.devices().get(RECEIPT), receiptPoll);
    }
    opened
        .emulator(RECEIPT, ReceiptPrinterEmulator.class)
        .ifPresent(
            e ->
                LOG.info(
                    "Emulated receipt printer: receipts are drawn as PNG files into {}",
                    e.outputDirectory()));
    opened
        .emulator(Devices.A4, DocumentPrinterEmulator.class)
        .ifPresent(
            e ->
                LOG.info(
                    "Emulated A4 printer: documents are written as PDF files into {}", e.out()));
    return new TerminalDevices(
        Set.copyOf(config.devices().keySet()),
        opened,
        devices,
        idCardReader,
        new Emulators(
            opened.emulator(Devices.IDCARD, IdCardEmulator.class),
            opened.emulator(RECEIPT, ReceiptPrinterEmulator.class),
            opened.emulator(Devices.BARCODE, SerialScannerEmulator.class),
            opened.emulator(Devices.GPIO, MockInputs.class),
            opened.emulator(Devices.SMARTCARD, SmartCardEmulator.class),
            opened.emulator(Devices.A4, DocumentPrinterEmulator.class)));
  }

  /**
   * What a terminal started without any device configured runs: every device class with an emulator
   * or mock in this build. {@code config/demo-terminal.properties} says the same.
   */
  static Map<String, String> demoDefaults() {
    Map<String, String> demo = new TreeMap<>();
    demo.put("profile", "demo");
    demo.put("device.idcard.driver", DeviceSettings.EMULATOR);
    demo.put("device.idcard.card", "0");
    demo.put("device." + RECEIPT + ".driver", DeviceSettings.EMULATOR);
    demo.put(
        "device." + RECEIPT + ".out",
        Path.of(System.getProperty("java.io.tmpdir"), "kiosk24-receipts").toString());
    demo.put("device.barcode.driver", DeviceSettings.EMULATOR);
    demo.put("device.gpio.driver", DeviceSettings.MOCK);
    demo.put("device.gpio.door-pin", "17");
    demo.put("device.gpio.tamper-pin", "27");
    demo.put("device.gpio.presence-pin", "22");
    demo.put("device.gpio.idcard-light-pin", "5");
    demo.put("device.gpio.printer-light-pin", "6");
    demo.put("device.gpio.scanner-light-pin", "13");
    demo.put("device.smartcard.driver", DeviceSettings.EMULATOR);
    demo.put("device.a4.driver", DeviceSettings.EMULATOR);
    demo.put(
        "device.a4.out", Path.of(System.getProperty("java.io.tmpdir"), "kiosk24-a4").toString());
    return demo;
  }

  private static Duration receiptPollInterval(DeviceConfig config) throws DeviceConfigException {
    Optional<DeviceSettings> receipt = config.device(RECEIPT);
    if (receipt.isEmpty()) {
      return RECEIPT_POLL_INTERVAL;
    }
    int pollSeconds =
        receipt.get().intOption("poll-seconds", (int) RECEIPT_POLL_INTERVAL.toSeconds());
    if (pollSeconds < 1) {
      throw new DeviceConfigException(
          "device." + RECEIPT + ".poll-seconds must be 1 or more, not " + pollSeconds + ".");
    }
    return Duration.ofSeconds(pollSeconds);
  }

  /**
   * Keeps asking the printer for its status between jobs. A printer that did not answer at start is
   * no reason to stop the terminal: its status reads NO_DEVICE, no receipt is offered, and polling
   * finds it when it comes.
   */
  private static void startReceiptPrinter(
      ReceiptPrinter printer, DeviceSettings settings, Duration interval) {
    LOG.info(
        "Receipt printer at {} ({}): {}",
        printer.describe(),
        settings.driver(),
        printer.printerStatus().describe());
    printer.startPolling(interval);
  }

  private static Path home(Path configFile) {
    if (configFile == null) {
      return Path.of("").toAbsolutePath();
    }
    Path folder = configFile.toAbsolutePath().getParent();
    if (folder.getFileName() != null
        && folder.getFileName().toString().equals("config")
        && folder.getParent() != null) {
      return folder.getParent();
    }
    return folder;
  }

  private <T extends Device> Optional<T> device(String role, Class<T> type) {
    return Optional.ofNullable(devices.get(role)).filter(type::isInstance).map(type::cast);
  }

  /** The emulators behind this terminal's devices; empty on a terminal with real devices. */
  public Emulators emulators() {
    return emulators;
  }

  /** The ID card reader; a stand-in reporting {@code NO_DEVICE} when it could not be opened. */
  public IdCardReader idCardReader() {
    return idCardReader;
  }

  /** The receipt printer for the citizen flows; empty when none is configured. */
  public Optional<ReceiptOutput> receiptOutput() {
    return Optional.ofNullable(receiptOutput);
  }

  /** Codes scanned, smart cards inserted and cabinet events, for the core. */
  public DeviceInputs inputs() {
    return inputs;
  }

  /**
   * Each configured role and its device's current status, for the fleet's health reports; a role
   * whose device could not be made reads {@code NO_DEVICE}. The printers' paper comes as {@code
   * receipt.paper} and {@code a4.paper}.
   */
  public Map<String, String> statuses() {
    Map<String, String> statuses = new TreeMap<>();
    for (String role : roles) {
      statuses.put(role, DeviceStatus.NO_DEVICE.name());
    }
    statuses.put(Devices.IDCARD, idCardReader.status().name());
    devices.forEach((role, device) -> statuses.put(role, device.status().name()));
    if (receiptPrinter != null) {
      // Paper out leaves the printer ONLINE (as in XFS); operations still need the alarm.
      statuses.put(RECEIPT + ".paper", receiptPrinter.printerStatus().paper().name());
    }
    if (a4 != null) {
      statuses.put(Devices.A4 + ".paper", a4.printerStatus().paper().name());
    }
    return statuses;
  }

  /**
   * Calls {@code listener} on any device's status change, the receipt printer's paper and the GPIO
   * sensors included, so the fleet hears of it at once rather than at the next health report. Runs
   * on the device's own thread.
   */
  public void onAnyChange(Runnable listener) {
    for (Device device : devices.values()) {
      device.addStatusListener(event -> listener.run());
    }
    if (receiptPrinter != null) {
      receiptPrinter.addPrinterStatusListener((previous, current) -> listener.run());
    }
    device(Devices.GPIO, GpioPanel.class)
        .ifPresent(panel -> panel.addSensorListener(event -> listener.run()));
  }

  @Override
  public void close() {
    opened.close();
  }
}
