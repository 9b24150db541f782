package io.kiosk24.devices.receipt;

import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import io.kiosk24.devices.serial.InMemorySerialLink;
import io.kiosk24.devices.serial.SerialLinkFactory;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes the receipt printer that configuration asks for ({@code device.receipt.*}):
 *
 * <ul>
 *   <li>{@code escpos-serial}: port is the device path; option {@code baud} (default 9600)
 *   <li>{@code escpos-tcp}: port is {@code host} or {@code host:port} (default port 9100)
 *   <li>{@code escpos-usb}: port is the line-printer device (default {@code /dev/usb/lp0})
 *   <li>{@code emulator}: a {@link ReceiptPrinterEmulator} in this process behind an in-memory
 *       serial line, so the real driver and codec run; option {@code out} is where its PNGs go
 *       (default {@code kiosk24-receipts} in the temporary directory)
 * </ul>
 *
 * Option {@code paper} is {@code 80} (default) or {@code 58}.
 */
public final class ReceiptPrinters {

  public static final String SERIAL = "escpos-serial";
  public static final String TCP = "escpos-tcp";
  public static final String USB = "escpos-usb";
  public static final int DEFAULT_TCP_PORT = 9100;
  public static final int DEFAULT_BAUD = 9600;

  /** A printer wired to an in-process emulator, for demos and tests that steer its state. */
  public record Emulated(ReceiptPrinter printer, ReceiptPrinterEmulator emulator) {}

  private ReceiptPrinters() {}

  /**
   * Opens the configured printer. Nothing is sent yet: call {@link ReceiptPrinter#open()} to check
   * it answers, {@link ReceiptPrinter#startPolling} to follow its status.
   *
   * @throws DeviceConfigException when the driver is unknown or an option is malformed
   */
  public static ReceiptPrinter open(DeviceSettings settings) throws DeviceConfigException {
    if (settings.isEmulator()) {
      return openEmulated(settings).printer();
    }
    PaperWidth paper = paper(settings);
    PrinterTransport transport =
        switch (settings.driver()) {
          case SERIAL -> {
            String path = required(settings);
            int baud = settings.intOption("baud", DEFAULT_BAUD);
            yield PrinterTransport.serial(SerialLinkFactory.jSerialComm(path, baud), path);
          }
          case TCP -> tcp(settings);
          case USB -> {
            String path = settings.port().isBlank() ? "/dev/usb/lp0" : settings.port();
            try {
              yield PrinterTransport.lineDevice(Path.of(path));
            } catch (io.kiosk24.devices.DeviceException e) {
              throw new DeviceConfigException(e.getMessage());
            }
          }
          default ->
              throw new DeviceConfigException(
                  "device."
                      + settings.role()
                      + ".driver must be "
                      + SERIAL
                      + ", "
                      + TCP
                      + ", "
                      + USB
                      + " or "
                      + DeviceSettings.EMULATOR
                      + ", not '"
                      + settings.driver()
                      + "'.");
        };
    return new ReceiptPrinter(
        settings.role(), transport, paper, ReceiptPrinter.DEFAULT_ANSWER_TIMEOUT);
  }

  /** Opens an emulated printer and hands back the emulator too. */
  public static Emulated openEmulated(DeviceSettings settings) throws DeviceConfigException {
    PaperWidth paper = paper(settings);
    Path out =
        Path.of(
            settings
                .option("out")
                .orElse(
                    Path.of(System.getProperty("java.io.tmpdir"), "kiosk24-receipts").toString()));
    ReceiptPrinterEmulator emulator;
    try {
      emulator = new ReceiptPrinterEmulator(out, paper);
    } catch (IOException e) {
      throw new DeviceConfigException(
          "device." + settings.role() + ".out: cannot use " + out + " for receipts: " + e);
    }
    InMemorySerialLink.Pair pair = InMemorySerialLink.pair("emulated-" + settings.role());
    emulator.serve(pair.device());
    ReceiptPrinter printer =
        new ReceiptPrinter(
            settings.role(),
            PrinterTransport.serial(pair.host()),
            paper,
            ReceiptPrinter.DEFAULT_ANSWER_TIMEOUT);
    return new Emulated(printer, emulator);
  }

  private static PrinterTransport tcp(DeviceSettings settings) throws DeviceConfigException {
    String address = required(settings);
    int colon = address.lastIndexOf(':');
    if (colon < 0) {
      return PrinterTransport.tcp(address, DEFAULT_TCP_PORT);
    }
    try {
      int port = Integer.parseInt(address.substring(colon + 1));
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return PrinterTransport.tcp(address.substring(0, colon), port);
    } catch (NumberFormatException e) {
      throw new DeviceConfigException(
          "device." + settings.role() + ".port must be HOST or HOST:PORT, not '" + address + "'.");
    }
  }

  private static String required(DeviceSettings settings) throws DeviceConfigException {
    if (settings.port().isBlank()) {
      throw new DeviceConfigException(
          "device." + settings.role() + ".port is required for driver " + settings.driver() + ".");
    }
    return settings.port();
  }

  private static PaperWidth paper(DeviceSettings settings) throws DeviceConfigException {
    try {
      return settings.option("paper").map(PaperWidth::ofMillimetres).orElse(PaperWidth.MM_80);
    } catch (IllegalArgumentException e) {
      throw new DeviceConfigException("device." + settings.role() + ".paper: " + e.getMessage());
    }
  }
}
