package io.kiosk24.provisioning;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.receipt.PaperWidth;
import io.kiosk24.devices.receipt.PrinterTransport;
import io.kiosk24.devices.receipt.ReceiptPrinter;
import io.kiosk24.devices.serial.JSerialCommLink;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where {@code kioskctl printer} finds the printer: a serial port or a TCP address. */
final class PrinterTarget {

  @Option(
      names = "--port",
      paramLabel = "PATH",
      required = true,
      description = "Serial port of the printer, such as /dev/ttyS1.")
  String port;

  @Option(
      names = "--tcp",
      paramLabel = "HOST:PORT",
      required = true,
      description = "Network printer's raw port, such as 10.0.0.7:9100.")
  String tcp;

  ReceiptPrinter open(int baud, PaperWidth paper) throws DeviceException {
    PrinterTransport transport;
    if (port != null) {
      transport = PrinterTransport.serial(JSerialCommLink.open(port, baud));
    } else {
      int colon = tcp.lastIndexOf(':');
      String host = colon < 0 ? tcp : tcp.substring(0, colon);
      int number;
      try {
        number = colon < 0 ? 9100 : Integer.parseInt(tcp.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new DeviceException("--tcp must read HOST:PORT, such as 10.0.0.7:9100, not " + tcp);
      }
      transport = PrinterTransport.tcp(host, number);
    }
    return new ReceiptPrinter("receipt", transport, paper, Duration.ofSeconds(2));
  }
}
