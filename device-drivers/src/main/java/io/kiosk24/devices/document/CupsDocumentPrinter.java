package io.kiosk24.devices.document;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.DeviceStatusListener;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.StatusTracker;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.event.PrintJobAdapter;
import javax.print.event.PrintJobEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An A4 printer behind a CUPS queue: prints PDFs, {@link Certificate}s and raw bytes through {@code
 * javax.print}, follows each job in CUPS until it ends, and maps the queue's state to the common
 * status model.
 *
 * <p>Two paths lead to the same cupsd. Jobs go through the JDK's CUPS print service, which finds
 * its server the way libcups does (the {@code CUPS_SERVER} environment variable, then {@code
 * ~/.cups/client.conf}, then the local cupsd) and hands each job to {@code /usr/bin/lpr} (Debian
 * package cups-bsd). Status and job tracking go over IPP to the configured {@code server}; the two
 * must name the same cupsd, so a terminal whose cupsd is not the local one starts with {@code
 * CUPS_SERVER} set to the same address.
 *
 * <p>Methods may be called from any thread; listeners run on the thread that saw the change. Job
 * names are random tokens: a document's title never reaches CUPS or the logs.
 */
public final class CupsDocumentPrinter implements DocumentPrinter {

  private static final Logger LOG = LoggerFactory.getLogger(CupsDocumentPrinter.class);

  /** How long one IPP request may take. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private static final Duration JOB_POLL = Duration.ofMillis(200);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  /** The print services this JVM sees; the seam to {@link PrintServiceLookup}. */
  @FunctionalInterface
  public interface PrintServices {
    List<PrintService> all();

    /** The JDK's lookup: on Linux, the queues of the CUPS server libcups points at. */
    static PrintServices javaxPrint() {
      return () -> Arrays.asList(PrintServiceLookup.lookupPrintServices(null, null));
    }
  }

  private final String name;
  private final String queue;
  private final String server;
  private final CupsIpp ipp;
  private final PrintServices services;
  private final StatusTracker tracker;
  private volatile DocumentPrinterStatus status =
      DocumentPrinterStatus.unreachable(DeviceStatus.OFFLINE);
  private volatile ScheduledExecutorService poller;

  /**
   * A printer on {@code queue} of the cupsd at {@code server} ({@code host:port}).
   *
   * @param requestTimeout the longest wait for one IPP answer
   */
  public CupsDocumentPrinter(
      String name, String queue, String server, Duration requestTimeout, PrintServices services) {
    this.name = name;
    this.queue = queue;
    this.server = server;
    this.ipp = new CupsIpp(server, queue, requestTimeout);
    this.services = services;
    this.tracker = new StatusTracker(name, status.device());
  }

  /** The names of the queues this JVM can print to, through {@code javax.print}. */
  public static List<String> queues() {
    return PrintServices.javaxPrint().all().stream().map(PrintService::getName).sorted().toList();
  }

  @Override
  public String name() {
    return name;
  }

  public String queue() {
    return queue;
  }

  /** Where the printer is, for messages: {@code queue NAME at HOST:PORT}. */
  @Override
  public String describe() {
    return "queue " + queue + " at " + server;
  }

  /** Asks CUPS for the queue's state once and checks this JVM can print to it. */
  @Override
  public void open() throws DocumentPrinterException {
    queryStatus();
    printService();
  }

  @Override
  public DeviceStatus status() {
    return tracker.current();
  }

  /** The state last seen, paper and toner included. */
  @Override
  public DocumentPrinterStatus printerStatus() {
    return status;
  }

  /**
   * Asks CUPS for the queue's state now.
   *
   * @throws DocumentPrinterException when cupsd cannot be reached (status becomes {@link
   *     DeviceStatus#NO_DEVICE}) or does not know the queue (also {@code NO_DEVICE})
   */
  public DocumentPrinterStatus queryStatus() throws DocumentPrinterException {
    Optional<DocumentPrinterStatus> answer;
    try {
      answer = ipp.printerStatus();
    } catch (DocumentPrinterException e) {
      update(DocumentPrinterStatus.unreachable(DeviceStatus.NO_DEVICE), e.getMessage());
      throw e;
    }
    if (answer.isEmpty()) {
      String message = "CUPS at " + server + " has no queue named " + queue + ".";
      update(DocumentPrinterStatus.unreachable(DeviceStatus.NO_DEVICE), message);
      throw new DocumentPrinterException(message);
    }
    update(answer.get(), answer.get().describe());
    return answer.get();
  }

  /**
   * Checks the queue exists, accepts jobs, is not stopped, and that this JVM can print to it;
   * prints nothing.
   */
  @Override
  public SelfTestResult selfTest() {
    try {
      DocumentPrinterStatus now = queryStatus();
      printService();
      if (!now.canPrint()) {
        return new SelfTestResult(
            name,
            now.device(),
            "A4 printer " + describe() + " cannot print: " + now.describe() + ".");
      }
      return new SelfTestResult(
          name, now.device(), "A4 printer " + describe() + " is ready: " + now.describe() + ".");
    } catch (DocumentPrinterException e) {
      return new SelfTestResult(name, tracker.current(), e.getMessage());
    }
  }

  /**
   * Prints a PDF and waits for CUPS to finish the job.
   *
   * @param timeout how long to wait for the job to end; the outcome then says {@code TIMED_OUT}
   * @throws DocumentPrinterException when the printer cannot take the job now or the job cannot be
   *     handed over
   */
  @Override
  public PrintOutcome printPdf(byte[] pdf, Duration timeout) throws DocumentPrinterException {
    return submit(new SimpleDoc(pdf.clone(), DocFlavor.BYTE_ARRAY.PDF, null), timeout);
  }

  /**
   * Sends bytes CUPS passes on as they are, for a raw queue ({@code lpadmin -m raw}) in front of a
   * printer that speaks its own language, ESC/POS for instance.
   */
  @Override
  public PrintOutcome printRaw(byte[] data, Duration timeout) throws DocumentPrinterException {
    return submit(new SimpleDoc(data.clone(), DocFlavor.BYTE_ARRAY.AUTOSENSE, null), timeout);
  }

  private PrintOutcome submit(Doc doc, Duration timeout) throws DocumentPrinterException {
    long deadline = System.nanoTime() + timeout.toNanos();
    DocumentPrinterStatus before = queryStatus();
    if (!before.canPrint()) {
      throw new DocumentPrinterException(
          "A4 printer " + describe() + " cannot print now: " + before.describe() + ".");
    }
    PrintService service = printService();
    String token = "kiosk24-" + UUID.randomUUID();
    PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
    attributes.add(new JobName(token, null));
    DocPrintJob job = service.createPrintJob();
    CompletableFuture<Boolean> handedOver = new CompletableFuture<>();
    job.addPrintJobListener(
        new PrintJobAdapter() {
          @Override
          public void printDataTransferCompleted(PrintJobEvent e) {
            handedOver.complete(true);
          }

          @Override
          public void printJobCompleted(PrintJobEvent e) {
            handedOver.complete(true);
          }

          @Override
          public void printJobFailed(PrintJobEvent e) {
            handedOver.complete(false);
          }

          @Override
          public void printJobCanceled(PrintJobEvent e) {
            handedOver.complete(false);
          }

          @Override
          public void printJobNoMoreEvents(PrintJobEvent e) {
            handedOver.complete(true);
          }
        });
    try {
      job.print(doc, attributes);
    } catch (PrintException e) {
      throw new DocumentPrinterException(
          "A4 printer " + describe() + " refused the job: " + e.getMessage() + ".", e);
    }
    // The JDK's CUPS job ends its events once lpr has spooled the file: that says the job reached
    // CUPS, not that it printed. Completion comes from CUPS itself, below.
    boolean ok;
    try {
      ok = handedOver.get(remaining(deadline), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return new PrintOutcome(PrintOutcome.Result.TIMED_OUT, -1, List.of());
    } catch (ExecutionException e) {
      throw new DocumentPrinterException("A4 printer " + describe() + ": the job failed.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DocumentPrinterException("Interrupted while printing on " + describe() + ".", e);
    }
    if (!ok) {
      throw new DocumentPrinterException(
          "A4 printer " + describe() + ": handing the job to CUPS (lpr) failed.");
    }
    return follow(token, deadline);
  }

  private PrintOutcome follow(String token, long deadline) throws DocumentPrinterException {
    String user = System.getProperty("user.name");
    int jobId = -1;
    int[] known = {-1};
    while (true) {
      Optional<CupsIpp.Job> job =
          ipp.jobs(user).stream()
              // Once found, follow the job by its number: CUPS may drop a finished job's name.
              .filter(j -> known[0] >= 0 ? j.id() == known[0] : j.name().contains(token))
              .max(Comparator.comparingInt(CupsIpp.Job::id));
      if (job.isPresent()) {
        jobId = job.get().id();
        known[0] = jobId;
        if (job.get().finished()) {
          PrintOutcome outcome =
              new PrintOutcome(
                  job.get().state() == CupsIpp.Job.COMPLETED
                      ? PrintOutcome.Result.COMPLETED
                      : PrintOutcome.Result.FAILED,
                  jobId,
                  job.get().reasons());
          LOG.info("{}: job {} on {} ended {}", name, jobId, describe(), outcome.result());
          if (!outcome.completed()) {
            refreshQuietly();
          }
          return outcome;
        }
      }
      if (remaining(deadline) <= 0) {
        LOG.warn("{}: job {} on {} has not ended in time", name, jobId, describe());
        refreshQuietly();
        return new PrintOutcome(
            PrintOutcome.Result.TIMED_OUT, jobId, job.map(CupsIpp.Job::reasons).orElse(List.of()));
      }
      pause(Math.min(JOB_POLL.toNanos(), remaining(deadline)));
    }
  }

  private PrintService printService() throws DocumentPrinterException {
    return services.all().stream()
        .filter(s -> s.getName().equals(queue))
        .findFirst()
        .orElseThrow(
            () ->
                new DocumentPrinterException(
                    "This JVM's print services have no queue "
                        + queue
                        + ": the JDK finds CUPS through the CUPS_SERVER environment variable"
                        + " (now "
                        + Optional.ofNullable(System.getenv("CUPS_SERVER")).orElse("unset")
                        + "), which must name the same server as device settings ("
                        + server
                        + ")."));
  }

  /**
   * Queries the queue every {@code interval} in the background, backing off up to 30 s while CUPS
   * cannot be reached, so status changes (a queue stopped, paper out) become events.
   */
  public synchronized void startPolling(Duration interval) {
    if (poller != null) {
      return;
    }
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, name + "-status");
              t.setDaemon(true);
              return t;
            });
    poller = executor;
    executor.execute(
        new Runnable() {
          private Duration delay = interval;

          @Override
          public void run() {
            try {
              queryStatus();
              delay = interval;
            } catch (DocumentPrinterException e) {
              delay =
                  delay.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
                      ? MAX_BACKOFF
                      : delay.multipliedBy(2);
            } catch (RuntimeException e) {
              LOG.warn("{}: status poll failed", name, e);
            }
            if (!executor.isShutdown()) {
              executor.schedule(this, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
          }
        });
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
  public synchronized void close() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
  }

  private void refreshQuietly() {
    try {
      queryStatus();
    } catch (DocumentPrinterException e) {
      LOG.debug("{}: status after a job: {}", name, e.getMessage());
    }
  }

  private void update(DocumentPrinterStatus next, String detail) {
    status = next;
    tracker.moveTo(next.device(), detail);
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  private static void pause(long nanos) throws DocumentPrinterException {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DocumentPrinterException("Interrupted while waiting for a print job.", e);
    }
  }
}
