package io.kiosk24.devices.receipt;

import io.kiosk24.devices.DeviceException;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * ESC/POS through a USB line-printer device file such as {@code /dev/usb/lp0}.
 *
 * <p>The kernel's usblp driver lets one process open the device once, so status answers must be
 * read on the very file descriptor that prints. A read there blocks until the printer says
 * something, and fails or ends at once when the printer is one-way; a daemon thread does the
 * blocking reads and queues what comes, so {@link #read} can wait with a timeout.
 */
final class LinePrinterTransport implements PrinterTransport {

  private final Path path;
  private final RandomAccessFile file;
  private final OutputStream writeOnly;
  private final BlockingQueue<byte[]> answers = new LinkedBlockingQueue<>();
  private byte[] leftover = new byte[0];
  private volatile boolean closed;

  private LinePrinterTransport(Path path, RandomAccessFile file, OutputStream writeOnly) {
    this.path = path;
    this.file = file;
    this.writeOnly = writeOnly;
  }

  static LinePrinterTransport open(Path path) throws DeviceException {
    if (!Files.exists(path)) {
      throw new DeviceException("Printer device " + path + " does not exist; is it plugged in?");
    }
    try {
      RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw");
      LinePrinterTransport transport = new LinePrinterTransport(path, file, null);
      transport.startReader();
      return transport;
    } catch (FileNotFoundException readWriteRefused) {
      try {
        // Without read permission the printer can still print; its status stays unknown.
        return new LinePrinterTransport(path, null, new FileOutputStream(path.toFile()));
      } catch (FileNotFoundException e) {
        throw new DeviceException(
            "Cannot open printer device "
                + path
                + " for writing ("
                + e.getMessage()
                + "); is the user in the lp group?",
            e);
      }
    }
  }

  private void startReader() {
    Thread reader =
        new Thread(
            () -> {
              byte[] buffer = new byte[256];
              try {
                int n;
                while (!closed && (n = file.read(buffer)) >= 0) {
                  if (n > 0) {
                    byte[] got = new byte[n];
                    System.arraycopy(buffer, 0, got, 0, n);
                    answers.add(got);
                  }
                }
              } catch (IOException e) {
                // A one-way printer, an unplugged one, or our own close: no more answers.
              }
            },
            "receipt-lp-reader " + path);
    reader.setDaemon(true);
    reader.start();
  }

  @Override
  public String describe() {
    return path.toString();
  }

  @Override
  public boolean mayBeSilent() {
    return true;
  }

  @Override
  public synchronized void write(byte[] bytes) throws DeviceException {
    if (closed) {
      throw new DeviceException("Printer device " + path + " is closed.");
    }
    try {
      if (file != null) {
        file.write(bytes);
      } else {
        writeOnly.write(bytes);
        writeOnly.flush();
      }
    } catch (IOException e) {
      throw new DeviceException(
          "Writing to printer device " + path + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public int read(byte[] buffer, Duration timeout) throws DeviceException {
    if (leftover.length == 0) {
      byte[] next;
      try {
        next =
            timeout.isZero()
                ? answers.poll()
                : answers.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeviceException("Reading printer device " + path + " was interrupted.", e);
      }
      if (next == null) {
        return 0;
      }
      leftover = next;
    }
    int n = Math.min(buffer.length, leftover.length);
    System.arraycopy(leftover, 0, buffer, 0, n);
    byte[] rest = new byte[leftover.length - n];
    System.arraycopy(leftover, n, rest, 0, rest.length);
    leftover = rest;
    return n;
  }

  @Override
  public void close() {
    closed = true;
    try {
      if (file != null) {
        file.close();
      } else {
        writeOnly.close();
      }
    } catch (IOException ignored) {
      // closing a device that is already gone
    }
  }
}
