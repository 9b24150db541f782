package io.kiosk24.devices.document;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.DeviceStatusListener;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.StatusTracker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An A4 printer in memory for the demo terminal and tests: every document it prints lands as a PDF
 * in a folder, and its paper and online state are set by hand. Its state goes through the same
 * mapping as a CUPS queue's ({@link DocumentPrinterStatus#of}: paper out is {@code media-empty},
 * low is {@code media-low}, offline is a stopped queue, {@code paused}), so the terminal sees the
 * same statuses, status events and refusals as from {@link CupsDocumentPrinter}.
 *
 * <p>Made by {@link DocumentPrinters#openEmulated}; {@link #printer()} is the {@link
 * DocumentPrinter} the terminal uses, this object the handle that changes its state. Methods may be
 * called from any thread; status listeners run on the thread that made the change.
 */
public final class DocumentPrinterEmulator {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentPrinterEmulator.class);

  private final String name;
  private final Path out;
  private final Printer printer;
  private final AtomicInteger jobs = new AtomicInteger();
  private ConsumableState paper = ConsumableState.FULL;
  private boolean offline;

  /**
   * An emulated printer of role {@code name} that writes its PDFs into {@code out} (made when
   * missing, on {@link DocumentPrinter#open()}).
   */
  public DocumentPrinterEmulator(String name, Path out) {
    this.name = Objects.requireNonNull(name, "name");
    this.out = Objects.requireNonNull(out, "out");
    this.printer = new Printer();
  }

  /** The printer the terminal prints with. */
  public DocumentPrinter printer() {
    return printer;
  }

  /** The folder the printed PDFs go to. */
  public Path out() {
    return out;
  }

  /**
   * Sets the paper: {@code FULL}, {@code LOW} or {@code OUT}. The printer stays {@code ONLINE} with
   * paper {@code OUT}, as a CUPS queue does; it refuses to print until paper is back.
   *
   * @throws IllegalArgumentException for {@code JAMMED} or {@code UNKNOWN}
   */
  public void setPaper(ConsumableState state) {
    if (state != ConsumableState.FULL
        && state != ConsumableState.LOW
        && state != ConsumableState.OUT) {
      throw new IllegalArgumentException("Paper is FULL, LOW or OUT, not " + state + ".");
    }
    synchronized (this) {
      paper = state;
    }
    printer.refresh();
  }

  /** The paper as last set. */
  public synchronized ConsumableState paper() {
    return paper;
  }

  /** Takes the printer offline (a stopped queue) or back online. */
  public void setOffline(boolean value) {
    synchronized (this) {
      offline = value;
    }
    printer.refresh();
  }

  public synchronized boolean isOffline() {
    return offline;
  }

  /** The PDFs printed so far, oldest first. */
  public List<Path> printed() throws IOException {
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (var files = Files.list(out)) {
      return files
          .filter(f -> f.getFileName().toString().matches("kiosk24-job-\\d+-.*\\.pdf"))
          .sorted((a, b) -> Integer.compare(jobNumber(a), jobNumber(b)))
          .toList();
    }
  }

  private static int jobNumber(Path file) {
    return Integer.parseInt(file.getFileName().toString().split("-")[2]);
  }

  /** What CUPS would report for a printer in this state. */
  private synchronized DocumentPrinterStatus cupsView() {
    List<String> reasons = new ArrayList<>();
    if (offline) {
      reasons.add("paused");
    }
    switch (paper) {
      case OUT -> reasons.add("media-empty-error");
      case LOW -> reasons.add("media-low-report");
      default -> {}
    }
    return DocumentPrinterStatus.of(
        offline ? DocumentPrinterStatus.State.STOPPED : DocumentPrinterStatus.State.IDLE,
        reasons,
        true);
  }

  private final class Printer implements DocumentPrinter {
    private final StatusTracker tracker = new StatusTracker(name, DeviceStatus.OFFLINE);
    private volatile DocumentPrinterStatus status =
        DocumentPrinterStatus.unreachable(DeviceStatus.OFFLINE);
    private volatile boolean opened;

    @Override
    public String name() {
      return name;
    }

    @Override
    public String describe() {
      return "emulator writing to " + out;
    }

    /**
     * Makes the output folder and reports the emulated state.
     *
     * @throws DocumentPrinterException when the folder cannot be made (status {@code NO_DEVICE})
     */
    @Override
    public void open() throws DocumentPrinterException {
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        String message =
            "The A4 printer emulator cannot make its output folder " + out + ": " + e + ".";
        status = DocumentPrinterStatus.unreachable(DeviceStatus.NO_DEVICE);
        tracker.moveTo(DeviceStatus.NO_DEVICE, message);
        throw new DocumentPrinterException(message, e);
      }
      opened = true;
      refresh();
    }

    void refresh() {
      if (!opened) {
        return;
      }
      DocumentPrinterStatus next = cupsView();
      status = next;
      tracker.moveTo(next.device(), next.describe());
    }

    @Override
    public DeviceStatus status() {
      return tracker.current();
    }

    @Override
    public DocumentPrinterStatus printerStatus() {
      return status;
    }

    @Override
    public SelfTestResult selfTest() {
      try {
        open();
      } catch (DocumentPrinterException e) {
        return new SelfTestResult(name, tracker.current(), e.getMessage());
      }
      DocumentPrinterStatus now = status;
      return new SelfTestResult(
          name,
          now.device(),
          "A4 printer "
              + describe()
              + (now.canPrint() ? " is ready: " : " cannot print: ")
              + now.describe()
              + ".");
    }

    /**
     * Writes the PDF into the output folder as {@code kiosk24-job-N-TOKEN.pdf} (a random token, so
     * no title reaches a file name). Bytes that are no PDF end as {@code FAILED} with {@code
     * document-format-error}, as CUPS's filters end such a job.
     */
    @Override
    public PrintOutcome printPdf(byte[] pdf, Duration timeout) throws DocumentPrinterException {
      int job = accept();
      if (!isPdf(pdf)) {
        LOG.warn("{}: job {} on {} ended FAILED (no PDF)", name, job, describe());
        return new PrintOutcome(PrintOutcome.Result.FAILED, job, List.of("document-format-error"));
      }
      return write(job, pdf, ".pdf");
    }

    /** Writes the bytes as {@code kiosk24-job-N-TOKEN.raw}, unchanged. */
    @Override
    public PrintOutcome printRaw(byte[] data, Duration timeout) throws DocumentPrinterException {
      return write(accept(), data, ".raw");
    }

    /** Refuses a job the printer cannot take now, as the CUPS driver does; else numbers it. */
    private int accept() throws DocumentPrinterException {
      if (!opened) {
        open();
      }
      refresh();
      DocumentPrinterStatus before = status;
      if (!before.canPrint()) {
        throw new DocumentPrinterException(
            "A4 printer " + describe() + " cannot print now: " + before.describe() + ".");
      }
      return jobs.incrementAndGet();
    }

    private PrintOutcome write(int job, byte[] data, String extension)
        throws DocumentPrinterException {
      String file = "kiosk24-job-" + job + "-" + UUID.randomUUID() + extension;
      try {
        Path part = Files.createTempFile(out, ".kiosk24-job-", ".part");
        Files.write(part, data);
        Files.move(part, out.resolve(file), StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new DocumentPrinterException(
            "A4 printer " + describe() + " could not write job " + job + ": " + e + ".", e);
      }
      LOG.info("{}: job {} on {} ended COMPLETED", name, job, describe());
      return new PrintOutcome(PrintOutcome.Result.COMPLETED, job, List.of());
    }

    private static boolean isPdf(byte[] data) {
      byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
      return data.length >= magic.length && Arrays.equals(Arrays.copyOf(data, magic.length), magic);
    }

    @Override
    public void addStatusListener(DeviceStatusListener listener) {
      tracker.add(listener);
    }

    @Override
    public void removeStatusListener(DeviceStatusListener listener) {
      tracker.remove(listener);
    }

    @Override
    public void close() {
      opened = false;
      status = DocumentPrinterStatus.unreachable(DeviceStatus.OFFLINE);
      tracker.moveTo(DeviceStatus.OFFLINE, "closed");
    }
  }
}
