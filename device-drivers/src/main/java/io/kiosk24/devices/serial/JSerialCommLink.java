package io.kiosk24.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.time.Duration;

/**
 * A {@link SerialLink} over jSerialComm, opened by device path. jSerialComm reports failures as
 * {@code false} or {@code -1} with an error code on the side; this adapter turns each into a {@link
 * SerialLinkException} that names the port.
 */
public final class JSerialCommLink implements SerialLink {

  private static final int WRITE_TIMEOUT_MS = 2000;

  private final SerialPort port;
  private final String portName;
  private int readTimeoutMs = -1;
  private volatile boolean closed;

  private JSerialCommLink(SerialPort port, String portName) {
    this.port = port;
    this.portName = portName;
  }

  /**
   * Opens {@code path} at {@code baud}, 8N1, no flow control.
   *
   * <p>The port is looked up with {@link SerialPort#getCommPort(String)}, not by enumeration:
   * jSerialComm does not list pseudo terminals, so a socat pty is only reachable by its path.
   */
  public static JSerialCommLink open(String path, int baud) throws SerialLinkException {
    SerialPort port;
    try {
      port = SerialPort.getCommPort(path);
    } catch (RuntimeException e) {
      throw new SerialLinkException("Serial port " + path + " does not exist.", e);
    }
    port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
    port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
    port.setComPortTimeouts(
        SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
        100,
        WRITE_TIMEOUT_MS);
    if (!port.openPort()) {
      throw new SerialLinkException(
          "Could not open serial port "
              + path
              + " (error "
              + port.getLastErrorCode()
              + " at native line "
              + port.getLastErrorLocation()
              + ").");
    }
    JSerialCommLink link = new JSerialCommLink(port, path);
    link.readTimeoutMs = 100;
    return link;
  }

  @Override
  public String portName() {
    return portName;
  }

  @Override
  public synchronized void write(byte[] bytes) throws SerialLinkException {
    ensureOpen();
    int written = port.writeBytes(bytes, bytes.length);
    if (written != bytes.length) {
      throw new SerialLinkException(
          "Writing "
              + bytes.length
              + " bytes to serial port "
              + portName
              + " failed after "
              + Math.max(written, 0)
              + " (error "
              + port.getLastErrorCode()
              + ").");
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length, Duration timeout)
      throws SerialLinkException {
    ensureOpen();
    if (length == 0) {
      return 0;
    }
    long millis = Math.max(timeout.toMillis(), 0);
    if (millis == 0) {
      int available = port.bytesAvailable();
      if (available < 0) {
        throw vanished();
      }
      if (available == 0) {
        return 0;
      }
      length = Math.min(length, available);
      millis = 1;
    }
    // In semi-blocking mode a timeout of 0 means "wait for ever", so a finite wait is at least 1
    // ms.
    int wanted = (int) Math.min(millis, Integer.MAX_VALUE);
    if (wanted != readTimeoutMs) {
      if (!port.setComPortTimeouts(
          SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
          wanted,
          WRITE_TIMEOUT_MS)) {
        throw vanished();
      }
      readTimeoutMs = wanted;
    }
    int read = port.readBytes(buffer, length, offset);
    if (read < 0) {
      throw vanished();
    }
    return read;
  }

  private SerialLinkException vanished() {
    return new SerialLinkException(
        "Serial port "
            + portName
            + " stopped answering or vanished (error "
            + port.getLastErrorCode()
            + ").");
  }

  private void ensureOpen() throws SerialLinkException {
    if (closed) {
      throw new SerialLinkException("Serial port " + portName + " is closed.");
    }
  }

  @Override
  public void close() {
    closed = true;
    port.closePort();
  }
}
