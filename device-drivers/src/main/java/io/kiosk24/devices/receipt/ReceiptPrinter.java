package io.kiosk24.devices.receipt;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.Device;
import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.DeviceStatusListener;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.StatusTracker;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS receipt printer on any {@link PrinterTransport}: prints {@link Receipt}s, queries the
 * real-time status between jobs, and reports status changes, paper included.
 *
 * <p>Jobs and status queries are serialised: a query never goes out while a job's bytes are being
 * sent. Methods may be called from any thread; listeners run on the thread that saw the change.
 */
public final class ReceiptPrinter implements Device {

  private static final Logger LOG = LoggerFactory.getLogger(ReceiptPrinter.class);

  /** How long a printer may take to answer one {@code DLE EOT n}. */
  public static final Duration DEFAULT_ANSWER_TIMEOUT = Duration.ofSeconds(1);

  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  private static final int CHUNK = 4096;

  private final String name;
  private final PrinterTransport transport;
  private final PaperWidth paper;
  private final Duration answerTimeout;
  private final ReentrantLock jobLock = new ReentrantLock();
  private final StatusTracker tracker;
  private final List<PrinterStatusListener> listeners = new CopyOnWriteArrayList<>();
  private volatile PrinterStatus status =
      new PrinterStatus(DeviceStatus.OFFLINE, ConsumableState.UNKNOWN, Set.of());
  private volatile ScheduledExecutorService poller;

  public ReceiptPrinter(PrinterTransport transport, PaperWidth paper) {
    this("receipt", transport, paper, DEFAULT_ANSWER_TIMEOUT);
  }

  public ReceiptPrinter(
      String name, PrinterTransport transport, PaperWidth paper, Duration answerTimeout) {
    this.name = name;
    this.transport = transport;
    this.paper = paper;
    this.answerTimeout = answerTimeout;
    this.tracker = new StatusTracker(name, status.device());
  }

  @Override
  public String name() {
    return name;
  }

  /** The paper width receipts are laid out for. */
  public PaperWidth paper() {
    return paper;
  }

  /** Where the printer is, for messages. */
  public String describe() {
    return transport.describe();
  }

  /** Asks the printer for its status once; fails if it cannot be reached. */
  @Override
  public void open() throws DeviceException {
    queryStatus();
  }

  /**
   * Prints a receipt laid out for this printer's paper. Checks the status first and refuses when
   * the printer cannot print, so a citizen is not told to take a printout that never came.
   *
   * @throws ReceiptPrinterException when the status forbids printing (paper out, cover open...)
   * @throws DeviceException when the printer cannot be reached
   */
  public void print(Receipt receipt) throws DeviceException {
    printRaw(receipt.toEscPos(paper));
  }

  /** Sends a ready-made ESC/POS job, after the same status check as {@link #print}. */
  public void printRaw(byte[] job) throws DeviceException {
    jobLock.lock();
    try {
      PrinterStatus before = queryLocked();
      if (!before.canPrint()) {
        throw new ReceiptPrinterException(
            "Receipt printer at "
                + transport.describe()
                + " cannot print now: "
                + before.describe()
                + ".",
            before);
      }
      for (int from = 0; from < job.length; from += CHUNK) {
        int to = Math.min(job.length, from + CHUNK);
        transport.write(Arrays.copyOfRange(job, from, to));
      }
      LOG.debug("{}: sent a job of {} bytes", name, job.length);
    } catch (DeviceException e) {
      if (!(e instanceof ReceiptPrinterException)) {
        update(PrinterStatus.unreachable(DeviceStatus.NO_DEVICE), e.getMessage());
      }
      throw e;
    } finally {
      jobLock.unlock();
    }
  }

  /**
   * Asks the printer for its status now, waiting for any job being sent to finish first.
   *
   * @throws DeviceException when the printer does not answer or answers garbage; the status then
   *     becomes {@link DeviceStatus#NO_DEVICE}
   */
  public PrinterStatus queryStatus() throws DeviceException {
    jobLock.lock();
    try {
      return queryLocked();
    } finally {
      jobLock.unlock();
    }
  }

  private PrinterStatus queryLocked() throws DeviceException {
    PrinterStatus next;
    try {
      next = ask();
    } catch (DeviceException e) {
      update(PrinterStatus.unreachable(DeviceStatus.NO_DEVICE), e.getMessage());
      throw e;
    }
    update(next, next.describe());
    return next;
  }

  /** Runs with {@link #jobLock} held, so no job is half sent. */
  private PrinterStatus ask() throws DeviceException {
    // A printer acts on DLE EOT n wherever it appears, even inside the data of an image: never send
    // a query while a job is being written (the job lock guarantees it), and expect stray status
    // bytes after a job whose image data happened to contain 10 04 n. Those, and any automatic
    // status back, are drained before each query so the answer read is the one asked for.
    EnumSet<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
    for (int n = 1; n <= 4; n++) {
      Integer answer = askOnce(n);
      if (answer == null) {
        if (transport.mayBeSilent()) {
          return new PrinterStatus(DeviceStatus.ONLINE, ConsumableState.UNKNOWN, Set.of());
        }
        throw new DeviceException(
            "Receipt printer at "
                + transport.describe()
                + " did not answer status query DLE EOT "
                + n
                + " within "
                + answerTimeout.toMillis()
                + " ms; is it switched on and connected?");
      }
      try {
        conditions.addAll(EscPosStatus.parse(n, answer));
      } catch (EscPosException first) {
        Integer again = askOnce(n);
        if (again == null) {
          throw first;
        }
        conditions.addAll(EscPosStatus.parse(n, again));
      }
    }
    return PrinterStatus.of(conditions, true);
  }

  private Integer askOnce(int n) throws DeviceException {
    byte[] one = new byte[64];
    while (transport.read(one, Duration.ZERO) > 0) {
      // discard stray bytes
    }
    transport.write(EscPosStatus.request(n));
    byte[] answer = new byte[1];
    long deadline = System.nanoTime() + answerTimeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      if (transport.read(answer, Duration.ofNanos(left)) == 1) {
        return answer[0] & 0xFF;
      }
    }
  }

  private void update(PrinterStatus next, String detail) {
    PrinterStatus previous = status;
    status = next;
    tracker.moveTo(next.device(), detail);
    if (!previous.equals(next)) {
      for (PrinterStatusListener listener : listeners) {
        try {
          listener.printerStatusChanged(previous, next);
        } catch (RuntimeException e) {
          LOG.warn("{}: a printer status listener failed", name, e);
        }
      }
    }
  }

  /** The status found by the last query, without asking the printer. */
  public PrinterStatus printerStatus() {
    return status;
  }

  @Override
  public DeviceStatus status() {
    return status.device();
  }

  @Override
  public SelfTestResult selfTest() {
    try {
      PrinterStatus now = queryStatus();
      return new SelfTestResult(
          name, now.device(), "Receipt printer at " + transport.describe() + ": " + now.describe());
    } catch (DeviceException e) {
      return new SelfTestResult(name, status(), e.getMessage());
    }
  }

  @Override
  public void addStatusListener(DeviceStatusListener listener) {
    tracker.add(listener);
  }

  @Override
  public void removeStatusListener(DeviceStatusListener listener) {
    tracker.remove(listener);
  }

  /** Registers a listener for any change of {@link #printerStatus()}, paper included. */
  public void addPrinterStatusListener(PrinterStatusListener listener) {
    listeners.add(listener);
  }

  public void removePrinterStatusListener(PrinterStatusListener listener) {
    listeners.remove(listener);
  }

  /**
   * Queries the status every {@code interval} on a daemon thread, between jobs: a round that would
   * meet a job in progress waits for the next. While the printer cannot be reached the interval
   * doubles, up to 30 s, and returns to normal once it answers again.
   */
  public synchronized void startPolling(Duration interval) {
    if (poller != null) {
      return;
    }
    poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "receipt-status " + name);
              t.setDaemon(true);
              return t;
            });
    schedule(interval, interval);
  }

  private void schedule(Duration delay, Duration interval) {
    ScheduledExecutorService executor = poller;
    if (executor == null || executor.isShutdown()) {
      return;
    }
    executor.schedule(
        () -> {
          Duration next = interval;
          if (jobLock.tryLock()) {
            try {
              queryLocked();
            } catch (DeviceException e) {
              LOG.debug("{}: status poll failed: {}", name, e.getMessage());
              next = min(delay.multipliedBy(2), MAX_BACKOFF);
              next = next.compareTo(interval) < 0 ? interval : next;
            } finally {
              jobLock.unlock();
            }
          }
          schedule(next, interval);
        },
        delay.toNanos(),
        TimeUnit.NANOSECONDS);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Stops polling; the transport stays open. */
  public synchronized void stopPolling() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
  }

  @Override
  public void close() {
    stopPolling();
    transport.close();
  }
}
