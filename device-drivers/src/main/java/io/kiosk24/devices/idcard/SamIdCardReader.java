package io.kiosk24.devices.idcard;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.DeviceStatusListener;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.StatusTracker;
import io.kiosk24.devices.serial.SerialLink;
import io.kiosk24.devices.serial.SerialLinkException;
import io.kiosk24.devices.serial.SerialLinkFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GA 467 resident ID card reader on a serial line: find card ({@code 20 01}), select ({@code 20
 * 02}), read text and photo ({@code 30 01}).
 *
 * <p>When the port vanishes the reader reports {@link DeviceStatus#NO_DEVICE}, reopens it by path
 * with a doubling backoff on its own daemon thread, and turns {@link DeviceStatus#ONLINE} again by
 * itself once the SAM answers. A SAM that reports a fault turns it {@link
 * DeviceStatus#HARDWARE_ERROR} until the SAM answers its status check again.
 *
 * <p>Thread-safe: one read at a time; {@link #read} blocks the calling thread.
 */
public final class SamIdCardReader implements IdCardReader {

  private static final Logger LOG = LoggerFactory.getLogger(SamIdCardReader.class);

  private final SerialLinkFactory links;
  private final String port;
  private final IdCardReaderConfig config;
  private final StatusTracker status;
  private final ReentrantLock io = new ReentrantLock();
  private final SamFrameDecoder decoder = new SamFrameDecoder();
  private final byte[] readBuffer = new byte[4096];
  private final ScheduledExecutorService supervisor;

  private SerialLink link;
  private long lastTraffic = System.nanoTime();
  private long nextReconnect;
  private Duration backoff;
  private volatile boolean closed;

  /**
   * A reader that opens its port through {@code links}, now and after every loss. Call {@link
   * #open()} next.
   *
   * @param port the port's name, for messages (the factory knows how to open it)
   */
  public SamIdCardReader(SerialLinkFactory links, String port, IdCardReaderConfig config) {
    this.links = links;
    this.port = port;
    this.config = config;
    this.status = new StatusTracker(config.name(), DeviceStatus.OFFLINE);
    this.backoff = config.reconnectMin();
    this.supervisor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "idcard-supervisor-" + config.name());
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public String name() {
    return config.name();
  }

  /** The port this reader talks to. */
  public String port() {
    return port;
  }

  /**
   * Opens the port and checks the SAM. Whatever the outcome, the reader then watches its port and
   * reconnects by itself; a caller that wants a reader in any case may ignore the exception.
   *
   * @throws DeviceException when the port cannot be opened or the SAM does not answer well now
   */
  @Override
  public void open() throws DeviceException {
    long tick = Math.max(20, Math.min(config.reconnectMin().toMillis(), 200));
    io.lock();
    try {
      connectLocked();
    } catch (DeviceException e) {
      nextReconnect = System.nanoTime() + backoff.toNanos();
      throw e;
    } finally {
      io.unlock();
      if (!closed) {
        supervisor.scheduleWithFixedDelay(this::supervise, tick, tick, TimeUnit.MILLISECONDS);
      }
    }
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  @Override
  public void addStatusListener(DeviceStatusListener listener) {
    status.add(listener);
  }

  @Override
  public void removeStatusListener(DeviceStatusListener listener) {
    status.remove(listener);
  }

  @Override
  public IdCard read(Duration timeout) throws DeviceException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lockForUse();
    try {
      requireLink();
      while (true) {
        SamFrame find = exchange(SamCommand.FIND_CARD);
        if (find.status() == SamStatus.CARD_FOUND) {
          SamFrame select = exchange(SamCommand.SELECT_CARD);
          if (select.status() == SamStatus.OK) {
            return readSelected();
          }
          if (select.status() != SamStatus.SELECT_FAILED) {
            throw failure(select, SamCommand.SELECT_CARD);
          }
        } else if (find.status() != SamStatus.FIND_FAILED) {
          throw failure(find, SamCommand.FIND_CARD);
        }
        if (System.nanoTime() + config.pollInterval().toNanos() > deadline) {
          throw new IdCardException(
              IdCardException.Reason.NO_CARD,
              "No card was placed on the reader within " + timeout.toMillis() + " ms.");
        }
        pause(config.pollInterval());
      }
    } catch (SerialLinkException e) {
      lostLinkLocked(e);
      throw e;
    } finally {
      io.unlock();
    }
  }

  private IdCard readSelected() throws DeviceException {
    SamFrame read = exchange(SamCommand.READ_TEXT_PHOTO);
    if (read.status() != SamStatus.OK) {
      throw failure(read, SamCommand.READ_TEXT_PHOTO);
    }
    CardBlocks blocks = CardBlocks.decode(read.dataUnsafe(), false);
    IdCard card = CardTextParser.parse(blocks.text(), blocks.photo());
    status.moveTo(DeviceStatus.ONLINE, "card read");
    return card;
  }

  /**
   * Reads the additional address (住址变更) of the card selected by the last successful {@link #read};
   * empty when none is recorded.
   */
  public Optional<String> readAdditionalAddress() throws DeviceException {
    lockForUse();
    try {
      requireLink();
      SamFrame frame = exchange(SamCommand.READ_ADDITIONAL_ADDRESS);
      if (frame.status() == SamStatus.NO_CONTENT) {
        return Optional.empty();
      }
      if (frame.status() != SamStatus.OK) {
        throw failure(frame, SamCommand.READ_ADDITIONAL_ADDRESS);
      }
      String text = new String(frame.dataUnsafe(), StandardCharsets.UTF_16LE).strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    } catch (SerialLinkException e) {
      lostLinkLocked(e);
      throw e;
    } finally {
      io.unlock();
    }
  }

  /** Asks the SAM for its 16-byte id. */
  public SamId samId() throws DeviceException {
    lockForUse();
    try {
      requireLink();
      SamFrame frame = exchange(SamCommand.SAM_ID);
      if (frame.status() != SamStatus.OK) {
        throw failure(frame, SamCommand.SAM_ID);
      }
      return SamId.of(frame.dataUnsafe());
    } catch (SerialLinkException e) {
      lostLinkLocked(e);
      throw e;
    } finally {
      io.unlock();
    }
  }

  /** Resets the SAM module ({@code 10 FF}). */
  public void resetSam() throws DeviceException {
    lockForUse();
    try {
      requireLink();
      SamFrame frame = exchange(SamCommand.RESET_SAM);
      if (frame.status() != SamStatus.OK) {
        throw failure(frame, SamCommand.RESET_SAM);
      }
    } catch (SerialLinkException e) {
      lostLinkLocked(e);
      throw e;
    } finally {
      io.unlock();
    }
  }

  @Override
  public SelfTestResult selfTest() {
    try {
      lockForUse();
    } catch (DeviceException e) {
      return new SelfTestResult(name(), status(), e.getMessage());
    }
    try {
      requireLink();
      checkSamLocked();
      return new SelfTestResult(name(), status(), "The SAM on " + port + " answers and is ready.");
    } catch (DeviceException e) {
      return new SelfTestResult(name(), status(), e.getMessage());
    } finally {
      io.unlock();
    }
  }

  private void lockForUse() throws DeviceException {
    try {
      io.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeviceException(
          "Interrupted while waiting for the ID card reader on " + port + ".");
    }
    if (closed) {
      io.unlock();
      throw new DeviceException("The ID card reader on " + port + " is closed.");
    }
  }

  private void requireLink() throws SerialLinkException {
    if (link == null) {
      throw new SerialLinkException(
          "The ID card reader on " + port + " is not connected; it keeps trying to reconnect.");
    }
  }

  private void connectLocked() throws DeviceException {
    if (link == null) {
      try {
        link = links.open();
      } catch (SerialLinkException e) {
        status.moveTo(DeviceStatus.NO_DEVICE, e.getMessage());
        throw e;
      }
    }
    checkSamLocked();
  }

  /** Asks the SAM for its status and moves to ONLINE or HARDWARE_ERROR. */
  private void checkSamLocked() throws DeviceException {
    SamFrame frame;
    try {
      frame = exchange(SamCommand.SAM_STATUS);
    } catch (IdCardException e) {
      status.moveTo(DeviceStatus.HARDWARE_ERROR, e.getMessage());
      throw e;
    } catch (SerialLinkException e) {
      lostLinkLocked(e);
      throw e;
    }
    if (frame.status() != SamStatus.OK) {
      throw failure(frame, SamCommand.SAM_STATUS);
    }
    status.moveTo(DeviceStatus.ONLINE, "SAM on " + port + " answers");
  }

  private void lostLinkLocked(SerialLinkException e) {
    if (link != null) {
      link.close();
      link = null;
    }
    decoder.clear();
    backoff = config.reconnectMin();
    nextReconnect = System.nanoTime() + backoff.toNanos();
    status.moveTo(DeviceStatus.NO_DEVICE, e.getMessage());
  }

  /** Runs on the supervisor thread: reconnects a lost reader, checks an idle one. */
  private void supervise() {
    if (closed || !io.tryLock()) {
      return;
    }
    try {
      long now = System.nanoTime();
      if (closed) {
        return;
      }
      if (link == null || status.current() != DeviceStatus.ONLINE) {
        if (now - nextReconnect < 0) {
          return;
        }
        try {
          connectLocked();
          backoff = config.reconnectMin();
        } catch (DeviceException e) {
          LOG.debug("{}: reconnect to {} failed: {}", config.name(), port, e.getMessage());
          long doubled = Math.min(backoff.toNanos() * 2, config.reconnectMax().toNanos());
          backoff = Duration.ofNanos(doubled);
          nextReconnect = System.nanoTime() + backoff.toNanos();
        }
      } else if (now - lastTraffic >= config.healthInterval().toNanos()) {
        try {
          checkSamLocked();
        } catch (DeviceException e) {
          // checkSamLocked and lostLinkLocked already moved the status; the tracker logged it.
          nextReconnect = System.nanoTime() + backoff.toNanos();
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("{}: supervising {} failed", config.name(), port, e);
    } finally {
      io.unlock();
    }
  }

  /**
   * Sends one request and waits for its answer. Stale bytes from an earlier, late answer are thrown
   * away first: they would otherwise pass for the answer to this request.
   */
  private SamFrame exchange(SamCommand command) throws DeviceException {
    drainLocked();
    link.write(SamCodec.encodeRequest(command));
    long skippedBefore = decoder.skipped();
    long deadline = System.nanoTime() + config.replyTimeout().toNanos();
    while (true) {
      Optional<byte[]> body = decoder.next();
      if (body.isPresent()) {
        lastTraffic = System.nanoTime();
        return SamCodec.toResponse(body.get());
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        if (decoder.buffered() > 0 || decoder.skipped() > skippedBefore) {
          SamFrameException e = decoder.incomplete();
          throw new SamFrameException(
              e.problem(), "Reader on " + port + ", answer to " + command + ": " + e.getMessage());
        }
        throw new IdCardException(
            IdCardException.Reason.TIMEOUT,
            "The reader on "
                + port
                + " did not answer "
                + command
                + " within "
                + config.replyTimeout().toMillis()
                + " ms.");
      }
      int n = link.read(readBuffer, 0, readBuffer.length, Duration.ofNanos(left));
      decoder.feed(readBuffer, 0, n);
    }
  }

  private void drainLocked() throws SerialLinkException {
    while (link.read(readBuffer, 0, readBuffer.length, Duration.ZERO) > 0) {
      // discard
    }
    decoder.clear();
  }

  /** The typed error for an answer that is not the hoped-for one. */
  private IdCardException failure(SamFrame frame, SamCommand command) {
    SamStatus s = frame.status();
    String what =
        String.format(
            "The reader on %s answered %s with %02X (%s).",
            port, command, frame.sw3(), s.description());
    IdCardException.Reason reason =
        switch (s) {
          case READ_FAILED,
              FIND_FAILED,
              SELECT_FAILED,
              CARD_AUTHENTICATION_FAILED,
              VERIFICATION_ERROR,
              NO_CONTENT ->
              IdCardException.Reason.CARD_REMOVED;
          case UNKNOWN_CARD_TYPE -> IdCardException.Reason.UNKNOWN_CARD;
          case CHECKSUM_ERROR, LENGTH_ERROR -> IdCardException.Reason.BAD_FRAME;
          default -> IdCardException.Reason.SAM_FAULT;
        };
    if (reason == IdCardException.Reason.SAM_FAULT) {
      status.moveTo(DeviceStatus.HARDWARE_ERROR, what);
      nextReconnect = System.nanoTime() + backoff.toNanos();
    }
    return new IdCardException(reason, what);
  }

  private static void pause(Duration d) throws DeviceException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeviceException("Interrupted while waiting for an ID card.");
    }
  }

  @Override
  public void close() {
    closed = true;
    supervisor.shutdownNow();
    io.lock();
    try {
      if (link != null) {
        link.close();
        link = null;
      }
      status.moveTo(DeviceStatus.OFFLINE, "closed");
    } finally {
      io.unlock();
    }
  }
}
