package io.kiosk24.devices.barcode;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.serial.SerialLink;
import io.kiosk24.devices.serial.SerialLinkException;
import io.kiosk24.devices.serial.SerialLinkFactory;
import java.time.Duration;

/**
 * A barcode/QR scanner that sends each code as one line on a serial port (RS-232, or USB in its
 * virtual COM mode), as nearly every fixed-mount scanner can. It only listens: such scanners read
 * by themselves when a code is presented and expect nothing back.
 *
 * <p>One daemon thread reads the port, cuts lines with a {@link ScanLineDecoder} and hands every
 * {@link ScanResult} to the {@link ScanListener}s. A line of garbage becomes a {@link
 * ScanResult.Rejected} and reading goes on. When the port vanishes the scanner reports {@link
 * DeviceStatus#NO_DEVICE} and reopens it with a doubling backoff until it is back.
 */
public final class SerialBarcodeScanner extends AbstractBarcodeScanner {

  private final SerialLinkFactory links;
  private final String port;
  private final ScanLineDecoder decoder;
  private final Object linkLock = new Object();

  private SerialLink link;

  /**
   * A scanner that opens its port through {@code links}, now and after every loss. Call {@link
   * #open()} next.
   *
   * @param port the port's name, for messages (the factory knows how to open it)
   */
  public SerialBarcodeScanner(SerialLinkFactory links, String port, BarcodeScannerConfig config) {
    super(config);
    this.links = links;
    this.port = port;
    this.decoder = config.newLineDecoder();
  }

  /** The port this scanner listens on. */
  public String port() {
    return port;
  }

  @Override
  public ScanSource source() {
    return ScanSource.SERIAL;
  }

  /**
   * Opens the port and starts reading. Whatever the outcome, the scanner then keeps (re)opening its
   * port by itself; a caller that wants the scanner in any case may ignore the exception.
   *
   * @throws DeviceException when the port cannot be opened now
   */
  @Override
  public synchronized void open() throws DeviceException {
    if (isClosed()) {
      throw new DeviceException("Barcode scanner " + name() + " on " + port + " is closed.");
    }
    if (isReading()) {
      return;
    }
    SerialLinkException failure = null;
    try {
      connect();
    } catch (SerialLinkException e) {
      status.moveTo(DeviceStatus.NO_DEVICE, e.getMessage());
      failure = e;
    }
    startReader("barcode-reader-" + name(), this::readLoop);
    if (failure != null) {
      throw failure;
    }
  }

  private void connect() throws SerialLinkException {
    SerialLink opened = links.open();
    synchronized (linkLock) {
      if (isClosed()) {
        opened.close();
        return;
      }
      link = opened;
    }
    decoder.reset();
    status.moveTo(DeviceStatus.ONLINE, "listening on " + port);
  }

  private void readLoop() {
    byte[] buffer = new byte[1024];
    Duration backoff = config.reconnectMin();
    while (!isClosed()) {
      SerialLink current;
      synchronized (linkLock) {
        current = link;
      }
      if (current == null) {
        if (await(backoff)) {
          return;
        }
        try {
          connect();
          backoff = config.reconnectMin();
        } catch (SerialLinkException e) {
          status.moveTo(DeviceStatus.NO_DEVICE, e.getMessage());
          backoff = doubled(backoff);
        }
        continue;
      }
      try {
        int n = current.read(buffer, 0, buffer.length, READ_SLICE);
        for (ScanResult result : decoder.feed(buffer, 0, n)) {
          listeners.deliver(result);
        }
      } catch (SerialLinkException e) {
        if (isClosed()) {
          return;
        }
        synchronized (linkLock) {
          link = null;
        }
        current.close();
        status.moveTo(DeviceStatus.NO_DEVICE, e.getMessage());
      }
    }
  }

  /**
   * Passes when the port is open. A serial scanner answers nothing, so whether it reads is checked
   * by presenting a code; the summary says so.
   */
  @Override
  public SelfTestResult selfTest() {
    DeviceStatus now = status.current();
    String summary =
        now == DeviceStatus.ONLINE
            ? "Barcode scanner "
                + name()
                + " is listening on "
                + port
                + "; present a code to check that it reads."
            : "Barcode scanner " + name() + " on " + port + " is " + now + ".";
    return new SelfTestResult(name(), now, summary);
  }

  @Override
  void wakeReader() {
    synchronized (linkLock) {
      if (link != null) {
        link.close();
        link = null;
      }
    }
  }
}
