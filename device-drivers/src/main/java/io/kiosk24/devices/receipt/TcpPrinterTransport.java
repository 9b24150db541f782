package io.kiosk24.devices.receipt;

import io.kiosk24.devices.DeviceException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** ESC/POS over a raw TCP socket; connects on first use and again after a failure. */
final class TcpPrinterTransport implements PrinterTransport {

  private static final int CONNECT_TIMEOUT_MS = 3000;

  private final String host;
  private final int port;
  private Socket socket;
  private boolean closed;

  TcpPrinterTransport(String host, int port) {
    this.host = host;
    this.port = port;
  }

  @Override
  public String describe() {
    return "tcp://" + host + ":" + port;
  }

  @Override
  public synchronized void write(byte[] bytes) throws DeviceException {
    try {
      Socket s = socket();
      s.getOutputStream().write(bytes);
      s.getOutputStream().flush();
    } catch (IOException e) {
      drop();
      throw new DeviceException(
          "Sending to the printer at " + describe() + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized int read(byte[] buffer, Duration timeout) throws DeviceException {
    try {
      Socket s = socket();
      InputStream in = s.getInputStream();
      long millis = timeout.toMillis();
      if (millis <= 0) {
        int available = in.available();
        if (available == 0) {
          return 0;
        }
        return check(in.read(buffer, 0, Math.min(available, buffer.length)));
      }
      // A socket timeout of 0 would mean "for ever": a finite wait is at least 1 ms.
      s.setSoTimeout((int) Math.min(Math.max(millis, 1), Integer.MAX_VALUE));
      try {
        return check(in.read(buffer, 0, buffer.length));
      } catch (SocketTimeoutException e) {
        return 0;
      }
    } catch (IOException e) {
      drop();
      throw new DeviceException(
          "Reading from the printer at " + describe() + " failed: " + e.getMessage(), e);
    }
  }

  private int check(int read) throws IOException {
    if (read < 0) {
      throw new IOException("the printer closed the connection");
    }
    return read;
  }

  private Socket socket() throws IOException {
    if (closed) {
      throw new IOException("the connection is closed");
    }
    if (socket == null) {
      Socket s = new Socket();
      try {
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
      } catch (IOException e) {
        s.close();
        throw e;
      }
      socket = s;
    }
    return socket;
  }

  private void drop() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already broken; the next use reconnects
      }
      socket = null;
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    drop();
  }
}
