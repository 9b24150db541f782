package io.kiosk24.devices.serial;

import java.time.Duration;

/**
 * A byte pipe to one serial device. The seam between drivers and the serial library: drivers take a
 * link in their constructor, so tests can pass a pty-backed link or an in-memory one.
 */
public interface SerialLink extends AutoCloseable {

  /** The port this link talks to, such as {@code /dev/ttyUSB0}, for error messages. */
  String portName();

  /** Writes every byte or throws. */
  void write(byte[] bytes) throws SerialLinkException;

  /**
   * Reads at least one and at most {@code length} bytes, waiting up to {@code timeout} for the
   * first. Returns 0 when nothing came in time.
   */
  int read(byte[] buffer, int offset, int length, Duration timeout) throws SerialLinkException;

  @Override
  void close();
}
