package io.kiosk24.kiosk.config;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import io.kiosk24.devices.idcard.EmulatedIdCardReader;
import io.kiosk24.devices.idcard.IdCardEmulator;
import io.kiosk24.devices.idcard.IdCardReader;
import io.kiosk24.devices.idcard.IdCardReaders;
import io.kiosk24.devices.receipt.ReceiptPrinter;
import io.kiosk24.devices.receipt.ReceiptPrinterEmulator;
import io.kiosk24.devices.receipt.ReceiptPrinters;
import io.kiosk24.kiosk.core.ReceiptOutput;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devices a terminal's configuration names, opened through the device layer's factories, so the
 * demo's emulators are driven by the same drivers and codecs as real hardware.
 */
public final class TerminalDevices implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TerminalDevices.class);

  /** The receipt printer's role in {@code device.ROLE.*} keys and in health reports. */
  public static final String RECEIPT = "receipt";

  /** How often the receipt printer's status is asked for, between jobs, unless configured. */
  static final Duration RECEIPT_POLL_INTERVAL = Duration.ofSeconds(30);

  private static final String RECEIPT_OUT = "device." + RECEIPT + ".out";

  private final IdCardReader idCardReader;
  private final ReceiptPrinter receiptPrinter;
  private final ReceiptOutput receiptOutput;

  private final Emulators emulators;

  private TerminalDevices(
      IdCardReader idCardReader, ReceiptPrinter receiptPrinter, Emulators emulators) {
    this.emulators = emulators;
    this.idCardReader = idCardReader;
    this.receiptPrinter = receiptPrinter;
    this.receiptOutput = receiptPrinter == null ? null : new ReceiptPrinterOutput(receiptPrinter);
  }

  /**
   * Opens every configured device, resolving relative paths against the working directory. With no
   * device configured at all, the terminal runs the demo profile: an emulated ID card reader with a
   * sample card lying on it, and an emulated receipt printer drawing its receipts into {@code
   * kiosk24-receipts} in the temporary directory.
   *
   * @throws ConfigException with one sentence when the configuration is wrong
   */
  public static TerminalDevices open(Properties properties) throws ConfigException {
    return open(properties, null);
  }

  /**
   * Like {@link #open(Properties)}, for a configuration read from {@code configFile}: a relative
   * {@code device.receipt.out} is resolved against the terminal's home, the folder that holds the
   * file or, for a file in a folder named {@code config}, that folder's parent. So {@code
   * run/receipts} in {@code config/demo-terminal.properties} is {@code run/receipts} beside {@code
   * config/}, wherever the terminal was started from.
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
          "No device configured: demo profile with an emulated ID card reader and receipt printer");
      effective.setProperty("profile", "demo");
      effective.setProperty("device.idcard.driver", "emulator");
      effective.setProperty("device.idcard.card", "0");
      effective.setProperty("device." + RECEIPT + ".driver", DeviceSettings.EMULATOR);
      effective.setProperty(
          RECEIPT_OUT,
          Path.of(System.getProperty("java.io.tmpdir"), "kiosk24-receipts").toString());
    }
    String out = effective.getProperty(RECEIPT_OUT);
    if (out != null && !out.isBlank()) {
      effective.setProperty(RECEIPT_OUT, home(configFile).resolve(out.trim()).toString());
    }
    IdCardReader idCardReader;
    DeviceConfig config;
    try {
      config = DeviceConfig.from(effective);
      idCardReader = IdCardReaders.open(config);
    } catch (DeviceConfigException e) {
      throw new ConfigException(e.getMessage(), e);
    }
    Optional<DeviceSettings> receipt = config.device(RECEIPT);
    ReceiptPrinter printer = null;
    ReceiptPrinterEmulator printerEmulator = null;
    if (receipt.isPresent()) {
      try {
        if (receipt.get().isEmulator()) {
          ReceiptPrinters.Emulated emulated = ReceiptPrinters.openEmulated(receipt.get());
          printer = emulated.printer();
          printerEmulator = emulated.emulator();
        } else {
          printer = ReceiptPrinters.open(receipt.get());
        }
        startReceiptPrinter(printer, receipt.get());
      } catch (DeviceConfigException e) {
        if (printer != null) {
          printer.close();
        }
        idCardReader.close();
        throw new ConfigException(e.getMessage(), e);
      }
    }
    Optional<IdCardEmulator> cardEmulator =
        idCardReader instanceof EmulatedIdCardReader emulated
            ? Optional.of(emulated.emulator())
            : Optional.empty();
    return new TerminalDevices(
        idCardReader, printer, new Emulators(cardEmulator, Optional.ofNullable(printerEmulator)));
  }

  /**
   * Asks the printer for its status once, so a receipt is offered from the first citizen on, then
   * keeps asking between jobs. A printer that does not answer yet is no reason to stop the
   * terminal: its status reads NO_DEVICE, no receipt is offered, and polling finds it when it
   * comes.
   */
  private static void startReceiptPrinter(ReceiptPrinter printer, DeviceSettings settings)
      throws DeviceConfigException {
    int pollSeconds = settings.intOption("poll-seconds", (int) RECEIPT_POLL_INTERVAL.toSeconds());
    if (pollSeconds < 1) {
      throw new DeviceConfigException(
          "device."
              + settings.role()
              + ".poll-seconds must be 1 or more, not "
              + pollSeconds
              + ".");
    }
    try {
      printer.open();
      LOG.info("Receipt printer at {}: {}", printer.describe(), printer.printerStatus().describe());
    } catch (DeviceException e) {
      LOG.warn("Receipt printer not ready: {}", e.getMessage());
    }
    if (settings.isEmulator()) {
      LOG.info(
          "Emulated receipt printer: receipts are drawn as PNG files into {}",
          settings.option("out").orElse("the temporary directory"));
    }
    printer.startPolling(Duration.ofSeconds(pollSeconds));
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

  /** The emulators behind this terminal's devices; empty on a terminal with real devices. */
  public Emulators emulators() {
    return emulators;
  }

  public IdCardReader idCardReader() {
    return idCardReader;
  }

  /** The receipt printer for the citizen flows; empty when none is configured. */
  public Optional<ReceiptOutput> receiptOutput() {
    return Optional.ofNullable(receiptOutput);
  }

  /** Each device's role and current status, for the fleet's health reports. */
  public Map<String, String> statuses() {
    Map<String, String> statuses = new TreeMap<>();
    statuses.put("idcard", idCardReader.status().name());
    if (receiptPrinter != null) {
      statuses.put(RECEIPT, receiptPrinter.status().name());
      // Paper out leaves the printer ONLINE (as in XFS); operations still need the alarm.
      statuses.put(RECEIPT + ".paper", receiptPrinter.printerStatus().paper().name());
    }
    return statuses;
  }

  /**
   * Calls {@code listener} on any device's status change, paper included, so the fleet hears of it
   * at once rather than at the next health report. Runs on the device's own thread.
   */
  public void onAnyChange(Runnable listener) {
    idCardReader.addStatusListener(event -> listener.run());
    if (receiptPrinter != null) {
      receiptPrinter.addStatusListener(event -> listener.run());
      receiptPrinter.addPrinterStatusListener((previous, current) -> listener.run());
    }
  }

  @Override
  public void close() {
    if (receiptPrinter != null) {
      receiptPrinter.close();
    }
    idCardReader.close();
  }
}
