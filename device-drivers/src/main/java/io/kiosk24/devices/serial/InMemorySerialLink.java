package io.kiosk24.devices.serial;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One end of an in-process serial line. {@link #pair} makes two ends: what one writes the other
 * reads. For unit tests and for running an emulator inside the same process as its driver. Closing
 * either end closes the line: the other end's reads and writes then fail as a vanished port would.
 */
public final class InMemorySerialLink implements SerialLink {

  /** Two connected ends of one line. */
  public record Pair(InMemorySerialLink host, InMemorySerialLink device) {}

  private static final class Pipe {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private byte[] data = new byte[4096];
    private int head;
    private int size;
    private boolean closed;

    void put(byte[] bytes) {
      lock.lock();
      try {
        if (size + bytes.length > data.length) {
          byte[] grown = new byte[Math.max(data.length * 2, size + bytes.length)];
          for (int i = 0; i < size; i++) {
            grown[i] = data[(head + i) % data.length];
          }
          data = grown;
          head = 0;
        }
        for (byte b : bytes) {
          data[(head + size) % data.length] = b;
          size++;
        }
        readable.signalAll();
      } finally {
        lock.unlock();
      }
    }

    int take(byte[] buffer, int offset, int length, long nanos, String name)
        throws SerialLinkException {
      lock.lock();
      try {
        while (size == 0) {
          if (closed) {
            throw new SerialLinkException("Serial line " + name + " was closed.");
          }
          if (nanos <= 0) {
            return 0;
          }
          try {
            nanos = readable.awaitNanos(nanos);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SerialLinkException("Reading serial line " + name + " was interrupted.", e);
          }
        }
        int n = Math.min(length, size);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = data[head];
          head = (head + 1) % data.length;
        }
        size -= n;
        return n;
      } finally {
        lock.unlock();
      }
    }

    void close() {
      lock.lock();
      try {
        closed = true;
        readable.signalAll();
      } finally {
        lock.unlock();
      }
    }

    boolean isClosed() {
      lock.lock();
      try {
        return closed;
      } finally {
        lock.unlock();
      }
    }
  }

  private final String name;
  private final Pipe in;
  private final Pipe out;

  private InMemorySerialLink(String name, Pipe in, Pipe out) {
    this.name = name;
    this.in = in;
    this.out = out;
  }

  /** Makes a connected pair named {@code memory:host} and {@code memory:device}. */
  public static Pair pair() {
    return pair("memory");
  }

  /** Makes a connected pair whose ends are named {@code NAME:host} and {@code NAME:device}. */
  public static Pair pair(String name) {
    Pipe toDevice = new Pipe();
    Pipe toHost = new Pipe();
    return new Pair(
        new InMemorySerialLink(name + ":host", toHost, toDevice),
        new InMemorySerialLink(name + ":device", toDevice, toHost));
  }

  @Override
  public String portName() {
    return name;
  }

  @Override
  public void write(byte[] bytes) throws SerialLinkException {
    if (out.isClosed()) {
      throw new SerialLinkException("Serial line " + name + " was closed.");
    }
    out.put(bytes.clone());
  }

  @Override
  public int read(byte[] buffer, int offset, int length, Duration timeout)
      throws SerialLinkException {
    if (length == 0) {
      return 0;
    }
    long nanos = Math.max(0, Math.min(timeout.toNanos(), TimeUnit.DAYS.toNanos(1)));
    return in.take(buffer, offset, length, nanos, name);
  }

  /** Whether this line has been closed from either end. */
  public boolean isClosed() {
    return in.isClosed() || out.isClosed();
  }

  @Override
  public void close() {
    in.close();
    out.close();
  }
}
