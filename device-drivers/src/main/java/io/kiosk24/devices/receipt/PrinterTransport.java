package io.kiosk24.devices.receipt;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.serial.SerialLink;
import io.kiosk24.devices.serial.SerialLinkFactory;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How bytes reach a receipt printer and its answers come back: a serial port, a raw TCP socket
 * (port 9100) or a USB line-printer device file. The {@link ReceiptPrinter} speaks ESC/POS over any
 * of them.
 */
public interface PrinterTransport extends AutoCloseable {

  /** Where the printer is, such as {@code /dev/ttyS1} or {@code tcp://10.0.0.7:9100}. */
  String describe();

  /** Sends every byte or throws. Reconnects first if an earlier failure dropped the connection. */
  void write(byte[] bytes) throws DeviceException;

  /**
   * Reads what the printer sent, waiting up to {@code timeout} for the first byte; a zero timeout
   * only takes what already arrived. Returns 0 when nothing came.
   */
  int read(byte[] buffer, Duration timeout) throws DeviceException;

  /**
   * Whether a printer that never answers a status query is normal here. True for a USB line-printer
   * device, whose driver only passes answers back when the printer is bidirectional.
   */
  default boolean mayBeSilent() {
    return false;
  }

  @Override
  void close();

  /** Over an open serial link; a failed link stays failed. */
  static PrinterTransport serial(SerialLink link) {
    return new SerialPrinterTransport(() -> link, link.portName(), false);
  }

  /** Over serial links from {@code factory}; after a failure the next use opens a fresh link. */
  static PrinterTransport serial(SerialLinkFactory factory, String portName) {
    return new SerialPrinterTransport(factory, portName, true);
  }

  /** Over a raw TCP connection (JetDirect style, usually port 9100), connected on first use. */
  static PrinterTransport tcp(String host, int port) {
    return new TcpPrinterTransport(host, port);
  }

  /**
   * Over a USB line-printer device file such as {@code /dev/usb/lp0}: written to, and read on the
   * same file descriptor for status answers (the kernel allows only one open of the device).
   */
  static PrinterTransport lineDevice(Path path) throws DeviceException {
    return LinePrinterTransport.open(path);
  }
}
