package io.kiosk24.devices.receipt;

import io.kiosk24.devices.serial.SerialLink;
import io.kiosk24.devices.serial.SerialLinkException;
import io.kiosk24.devices.serial.SerialLinkFactory;
import java.time.Duration;

/** ESC/POS over a serial line; reopens through its factory after a failure if allowed to. */
final class SerialPrinterTransport implements PrinterTransport {

  private final SerialLinkFactory factory;
  private final String portName;
  private final boolean reopen;
  private SerialLink link;
  private boolean closed;

  SerialPrinterTransport(SerialLinkFactory factory, String portName, boolean reopen) {
    this.factory = factory;
    this.portName = portName;
    this.reopen = reopen;
  }

  @Override
  public String describe() {
    return portName;
  }

  @Override
  public synchronized void write(byte[] bytes) throws SerialLinkException {
    try {
      link().write(bytes);
    } catch (SerialLinkException e) {
      dropLink();
      throw e;
    }
  }

  @Override
  public synchronized int read(byte[] buffer, Duration timeout) throws SerialLinkException {
    try {
      return link().read(buffer, 0, buffer.length, timeout);
    } catch (SerialLinkException e) {
      dropLink();
      throw e;
    }
  }

  private SerialLink link() throws SerialLinkException {
    if (closed) {
      throw new SerialLinkException("Printer port " + portName + " is closed.");
    }
    if (link == null) {
      link = factory.open();
    }
    return link;
  }

  private void dropLink() {
    if (reopen && link != null) {
      link.close();
      link = null;
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (link != null) {
      link.close();
      link = null;
    }
  }
}
