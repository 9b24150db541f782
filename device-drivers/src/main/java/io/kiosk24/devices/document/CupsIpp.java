package io.kiosk24.devices.document;

import io.kiosk24.devices.document.IppMessage.Attribute;
import io.kiosk24.devices.document.IppMessage.Group;
import io.kiosk24.devices.document.IppMessage.Value;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks one cupsd about one queue over IPP (HTTP POST of {@code application/ipp}).
 *
 * <p>Why IPP and not javax.print or lpstat: the JDK's CUPS print service answers null for {@code
 * PrinterState} and {@code PrinterStateReasons} (checked on JDK 17 against CUPS 2.4), and parsing
 * {@code lpstat -l} means parsing localised prose. Get-Printer-Attributes returns the keywords
 * themselves, needs no extra process, and talks to the server configured for the terminal.
 */
final class CupsIpp {

  /** A CUPS job as Get-Jobs reports it. */
  record Job(int id, String name, int state, List<String> reasons) {
    static final int CANCELED = 7;
    static final int ABORTED = 8;
    static final int COMPLETED = 9;

    boolean finished() {
      return state >= CANCELED;
    }
  }

  private static final int CLIENT_ERROR_NOT_FOUND = 0x0406;

  private final String server;
  private final String queue;
  private final Duration timeout;
  private final HttpClient http;
  private final AtomicInteger requestIds = new AtomicInteger();

  CupsIpp(String server, String queue, Duration timeout) {
    this.server = server;
    this.queue = queue;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  String printerUri() {
    return "ipp://" + server + "/printers/" + queue;
  }

  /** The queue's state, or empty when the server does not know the queue. */
  Optional<DocumentPrinterStatus> printerStatus() throws DocumentPrinterException {
    IppMessage response =
        send(
            IppMessage.GET_PRINTER_ATTRIBUTES,
            List.of(
                Attribute.of("printer-uri", Value.ofString(IppMessage.URI, printerUri())),
                new Attribute(
                    "requested-attributes",
                    List.of(
                        Value.ofString(IppMessage.KEYWORD, "printer-state"),
                        Value.ofString(IppMessage.KEYWORD, "printer-state-reasons"),
                        Value.ofString(IppMessage.KEYWORD, "printer-is-accepting-jobs")))));
    if (response.code() == CLIENT_ERROR_NOT_FOUND) {
      return Optional.empty();
    }
    requireSuccess(response, "Get-Printer-Attributes");
    DocumentPrinterStatus.State state =
        response
            .attribute(IppMessage.TAG_PRINTER, "printer-state")
            .map(a -> DocumentPrinterStatus.State.ofIpp(a.values().get(0).asInt()))
            .orElse(DocumentPrinterStatus.State.UNKNOWN);
    List<String> reasons =
        response
            .attribute(IppMessage.TAG_PRINTER, "printer-state-reasons")
            .map(Attribute::strings)
            .orElse(List.of());
    boolean accepting =
        response
            .attribute(IppMessage.TAG_PRINTER, "printer-is-accepting-jobs")
            .map(a -> a.values().get(0).asBoolean())
            .orElse(false);
    return Optional.of(DocumentPrinterStatus.of(state, reasons, accepting));
  }

  /** This user's jobs on the queue, finished or not, oldest first. */
  List<Job> jobs(String user) throws DocumentPrinterException {
    IppMessage response =
        send(
            IppMessage.GET_JOBS,
            List.of(
                Attribute.of("printer-uri", Value.ofString(IppMessage.URI, printerUri())),
                Attribute.of("requesting-user-name", Value.ofString(IppMessage.NAME, user)),
                Attribute.of("which-jobs", Value.ofString(IppMessage.KEYWORD, "all")),
                Attribute.of("my-jobs", new Value(IppMessage.BOOLEAN, new byte[] {1})),
                new Attribute(
                    "requested-attributes",
                    List.of(
                        Value.ofString(IppMessage.KEYWORD, "job-id"),
                        Value.ofString(IppMessage.KEYWORD, "job-name"),
                        Value.ofString(IppMessage.KEYWORD, "job-state"),
                        Value.ofString(IppMessage.KEYWORD, "job-state-reasons")))));
    requireSuccess(response, "Get-Jobs");
    List<Job> jobs = new ArrayList<>();
    for (Group group : response.groups(IppMessage.TAG_JOB)) {
      int id = group.attribute("job-id").map(a -> a.values().get(0).asInt()).orElse(-1);
      String name = group.attribute("job-name").map(a -> a.strings().get(0)).orElse("");
      int state = group.attribute("job-state").map(a -> a.values().get(0).asInt()).orElse(-1);
      List<String> reasons =
          group.attribute("job-state-reasons").map(Attribute::strings).orElse(List.of());
      jobs.add(new Job(id, name, state, reasons));
    }
    return jobs;
  }

  private void requireSuccess(IppMessage response, String operation)
      throws DocumentPrinterException {
    if (!response.successful()) {
      throw new DocumentPrinterException(
          "CUPS at "
              + server
              + " answered "
              + operation
              + " for queue "
              + queue
              + " with status 0x"
              + String.format("%04x", response.code())
              + ".");
    }
  }

  private IppMessage send(int operation, List<Attribute> attributes)
      throws DocumentPrinterException {
    byte[] body =
        IppCodec.encode(IppMessage.request(operation, requestIds.incrementAndGet(), attributes));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + server + "/printers/" + queue))
            .timeout(timeout)
            .header("Content-Type", "application/ipp")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new DocumentPrinterException(
          "CUPS at " + server + " cannot be reached (" + e + "); is cupsd running there?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DocumentPrinterException("Interrupted while asking CUPS at " + server + ".", e);
    }
    if (response.statusCode() != 200) {
      throw new DocumentPrinterException(
          "CUPS at "
              + server
              + " answered HTTP "
              + response.statusCode()
              + " to an IPP request for queue "
              + queue
              + ".");
    }
    return IppCodec.decode(response.body());
  }
}
