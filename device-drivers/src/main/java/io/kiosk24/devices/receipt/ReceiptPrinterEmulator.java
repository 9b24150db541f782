package io.kiosk24.devices.receipt;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.serial.SerialLink;
import io.kiosk24.devices.serial.SerialLinkException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS receipt printer in software. It takes bytes on a serial link (such as one end of a pty
 * pair) or on a TCP port, answers {@code DLE EOT n} from a state that tests and maintainers set
 * ({@link #setPaper}, {@link #setCoverOpen}), sends automatic status back when asked to with {@code
 * GS a}, and writes every cut receipt as a PNG ({@code receipt-0001.png}, ...) into an output
 * directory, drawn as the printer would print it.
 *
 * <p>Each connection runs on its own daemon thread. The PNGs may show a citizen's data: the
 * emulator is for development and tests and a production profile refuses it.
 */
public final class ReceiptPrinterEmulator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ReceiptPrinterEmulator.class);
  private static final Pattern RECEIPT_NAME = Pattern.compile("receipt-(\\d+)\\.png");

  private final Path outputDirectory;
  private final PaperWidth paper;
  private final AtomicInteger counter;
  private final List<Path> receipts = new CopyOnWriteArrayList<>();
  private final List<Consumer<Path>> receiptListeners = new CopyOnWriteArrayList<>();
  private final List<Session> sessions = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();
  private volatile ConsumableState paperState = ConsumableState.FULL;
  private volatile boolean coverOpen;
  private volatile boolean closed;

  /**
   * @param outputDirectory created if missing; numbering continues after receipts already there
   */
  public ReceiptPrinterEmulator(Path outputDirectory, PaperWidth paper) throws IOException {
    this.outputDirectory = outputDirectory;
    this.paper = paper;
    Files.createDirectories(outputDirectory);
    this.counter = new AtomicInteger(highestReceiptNumber(outputDirectory));
  }

  private static int highestReceiptNumber(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> RECEIPT_NAME.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .mapToInt(m -> Integer.parseInt(m.group(1)))
          .max()
          .orElse(0);
    }
  }

  public Path outputDirectory() {
    return outputDirectory;
  }

  public PaperWidth paper() {
    return paper;
  }

  /**
   * Sets the paper as the sensors would see it: {@code FULL}, {@code LOW} (near end), {@code OUT},
   * or {@code JAMMED} (reported as an autocutter error).
   */
  public void setPaper(ConsumableState state) {
    if (state == ConsumableState.UNKNOWN) {
      throw new IllegalArgumentException("An emulated printer always knows its paper");
    }
    paperState = state;
    stateChanged();
  }

  /** Opens or closes the emulated printer's cover. */
  public void setCoverOpen(boolean open) {
    coverOpen = open;
    stateChanged();
  }

  /** What the printer reports now. */
  public Set<PrinterCondition> conditions() {
    EnumSet<PrinterCondition> c = EnumSet.noneOf(PrinterCondition.class);
    ConsumableState p = paperState;
    if (p == ConsumableState.LOW || p == ConsumableState.OUT) {
      c.add(PrinterCondition.PAPER_NEAR_END);
    }
    if (p == ConsumableState.OUT) {
      c.add(PrinterCondition.PAPER_END);
      c.add(PrinterCondition.STOPPED_BY_PAPER_END);
      c.add(PrinterCondition.OFFLINE);
    }
    if (p == ConsumableState.JAMMED) {
      c.add(PrinterCondition.CUTTER_ERROR);
      c.add(PrinterCondition.ERROR);
      c.add(PrinterCondition.OFFLINE);
    }
    if (coverOpen) {
      c.add(PrinterCondition.COVER_OPEN);
      c.add(PrinterCondition.OFFLINE);
    }
    return Collections.unmodifiableSet(c);
  }

  private void stateChanged() {
    for (Session session : sessions) {
      session.sendAutomaticStatus();
    }
  }

  /** Receipts written so far, oldest first. */
  public List<Path> receipts() {
    return List.copyOf(receipts);
  }

  /** Called with each receipt's PNG once written, on the connection's thread. */
  public void addReceiptListener(Consumer<Path> listener) {
    receiptListeners.add(listener);
  }

  /** Serves the printer's side of {@code link} on a daemon thread until the link closes. */
  public void serve(SerialLink link) {
    resources.add(link);
    Session session =
        new Session(
            link.portName(),
            bytes -> {
              try {
                link.write(bytes);
              } catch (SerialLinkException e) {
                throw new UncheckedIOException(new IOException(e.getMessage(), e));
              }
            });
    start(
        session,
        () -> {
          byte[] buffer = new byte[4096];
          try {
            while (!closed) {
              int n = link.read(buffer, 0, buffer.length, Duration.ofMillis(200));
              if (n > 0) {
                session.receive(buffer, n);
              }
            }
          } catch (SerialLinkException e) {
            LOG.debug("Emulated printer on {}: link ended: {}", link.portName(), e.getMessage());
          }
        });
  }

  /**
   * Listens on loopback {@code port} (0 picks a free one) as a printer's raw port 9100 would,
   * serving each connection on its own thread.
   *
   * @return the port listened on
   */
  public int serveTcp(int port) throws IOException {
    return serveTcp(InetAddress.getLoopbackAddress(), port);
  }

  /** Like {@link #serveTcp(int)}, on a chosen address. */
  public int serveTcp(InetAddress address, int port) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(address, port));
    resources.add(server);
    Thread acceptor =
        new Thread(
            () -> {
              while (!closed) {
                try {
                  Socket socket = server.accept();
                  socket.setTcpNoDelay(true);
                  resources.add(socket);
                  serveSocket(socket);
                } catch (IOException e) {
                  if (!closed) {
                    LOG.warn("Emulated printer: accepting on port {} failed", port, e);
                  }
                  return;
                }
              }
            },
            "receipt-emulator-accept " + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
    return server.getLocalPort();
  }

  private void serveSocket(Socket socket) throws IOException {
    OutputStream out = socket.getOutputStream();
    InputStream in = socket.getInputStream();
    Session session =
        new Session(
            "tcp " + socket.getRemoteSocketAddress(),
            bytes -> {
              try {
                synchronized (out) {
                  out.write(bytes);
                  out.flush();
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    start(
        session,
        () -> {
          byte[] buffer = new byte[4096];
          try (socket) {
            int n;
            while (!closed && (n = in.read(buffer)) >= 0) {
              session.receive(buffer, n);
            }
          } catch (IOException e) {
            LOG.debug("Emulated printer: connection ended: {}", e.getMessage());
          }
        });
  }

  private void start(Session session, Runnable loop) {
    sessions.add(session);
    Thread thread =
        new Thread(
            () -> {
              try {
                loop.run();
              } catch (UncheckedIOException e) {
                LOG.debug("Emulated printer on {}: answering failed", session.name, e);
              } finally {
                sessions.remove(session);
              }
            },
            "receipt-emulator " + session.name);
    thread.setDaemon(true);
    thread.start();
  }

  /** One connection: its own parser, canvas and real-time command scanner. */
  private final class Session {
    private final String name;
    private final Consumer<byte[]> answer;
    private final EscPosParser parser = new EscPosParser();
    private final ReceiptCanvas canvas = new ReceiptCanvas(paper);
    private int realtimeState;
    private volatile boolean automaticStatus;

    Session(String name, Consumer<byte[]> answer) {
      this.name = name;
      this.answer = answer;
    }

    void receive(byte[] buffer, int count) {
      for (int i = 0; i < count; i++) {
        scanRealtime(buffer[i] & 0xFF);
      }
      for (EscPosElement element : parser.feed(buffer, 0, count)) {
        if (element instanceof EscPosElement.Rejected rejected) {
          LOG.warn("Emulated printer on {}: {}", name, rejected.error().getMessage());
        } else if (element instanceof EscPosElement.Control c
            && c.command() == EscPosCommand.AUTO_STATUS_BACK) {
          automaticStatus = c.parameter(0) != 0;
          sendAutomaticStatus();
        }
        BufferedImage image = canvas.accept(element);
        if (image != null) {
          write(image);
        }
      }
    }

    /**
     * Watches the raw bytes for {@code DLE EOT n}, before and apart from the parser: a real printer
     * answers it on arrival wherever it is, even inside the data of an image, and so does this one.
     */
    private void scanRealtime(int b) {
      switch (realtimeState) {
        case 1 -> realtimeState = b == 0x04 ? 2 : (b == 0x10 ? 1 : 0);
        case 2 -> {
          if (b >= 1 && b <= 4) {
            answer.accept(new byte[] {(byte) EscPosStatus.response(b, conditions())});
          }
          realtimeState = b == 0x10 ? 1 : 0;
        }
        default -> realtimeState = b == 0x10 ? 1 : 0;
      }
    }

    void sendAutomaticStatus() {
      if (automaticStatus) {
        try {
          answer.accept(EscPosStatus.automatic(conditions()));
        } catch (UncheckedIOException e) {
          LOG.debug("Emulated printer on {}: automatic status not delivered", name);
        }
      }
    }
  }

  private void write(BufferedImage image) {
    Path file =
        outputDirectory.resolve(String.format("receipt-%04d.png", counter.incrementAndGet()));
    try {
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      LOG.warn("Emulated printer: could not write {}", file, e);
      return;
    }
    receipts.add(file);
    LOG.info("Emulated printer: wrote {} ({}x{} dots)", file, image.getWidth(), image.getHeight());
    for (Consumer<Path> listener : receiptListeners) {
      listener.accept(file);
    }
  }

  @Override
  public void close() {
    closed = true;
    List<AutoCloseable> all = new ArrayList<>(resources);
    resources.clear();
    for (AutoCloseable resource : all) {
      try {
        resource.close();
      } catch (Exception e) {
        LOG.debug("Emulated printer: closing {} failed", resource, e);
      }
    }
  }
}
