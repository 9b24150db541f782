package io.kiosk24.devices.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.StatusEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver against a real cupsd: a private one on a loopback port with a cups-pdf queue, whose
 * PDFs are read back with poppler's pdftotext and pdfinfo, and a raw queue to a TCP socket on
 * loopback standing in for a printer's port 9100.
 */
class DocumentPrinterIT {

  private static final String PDF_QUEUE = "KioskPdf";
  private static final String RAW_QUEUE = "KioskRaw";

  private static PrivateCupsd cupsd;
  private static ServerSocket sink;
  private static final List<byte[]> received = new CopyOnWriteArrayList<>();

  @TempDir Path temp;

  @BeforeAll
  static void startCups() throws IOException {
    cupsd = PrivateCupsd.start();
    sink = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (!sink.isClosed()) {
                try (Socket socket = sink.accept();
                    InputStream in = socket.getInputStream()) {
                  received.add(in.readAllBytes());
                } catch (IOException e) {
                  // closed at the end of the class
                }
              }
            },
            "raw-printer-sink");
    acceptor.setDaemon(true);
    acceptor.start();
    cupsd.addPdfQueue(PDF_QUEUE);
    cupsd.addRawQueue(RAW_QUEUE, "socket://127.0.0.1:" + sink.getLocalPort());
  }

  @AfterAll
  static void stopCups() throws IOException {
    if (sink != null) {
      sink.close();
    }
    if (cupsd != null) {
      cupsd.close();
    }
  }

  @Test
  void listsTheQueuesOfTheConfiguredServerThroughJavaxPrint() throws IOException {
    PrintingJvm.Result run = PrintingJvm.run(cupsd.server(), PDF_QUEUE, "queues");
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.result()).contains(PDF_QUEUE, RAW_QUEUE);
  }

  @Test
  void selfTestPassesOnAnEnabledQueue() throws IOException {
    PrintingJvm.Result run = PrintingJvm.run(cupsd.server(), PDF_QUEUE, "selftest");
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.result().get(0)).as(run.output()).isEqualTo("ONLINE");
  }

  @Test
  void printsAPdfThatComesOutWithItsPagesAndText() throws Exception {
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 1; i <= 45; i++) {
      lines.add("第" + i + "行 line " + i + "：办理事项回执");
    }
    byte[] pdf =
        CertificatePdf.render(new Certificate("两页文件", lines, "测试单位", LocalDate.of(2026, 1, 2)));
    Path file = temp.resolve("two-pages.pdf");
    Files.write(file, pdf);
    Instant start = Instant.now();

    PrintingJvm.Result run = PrintingJvm.run(cupsd.server(), PDF_QUEUE, "pdf", file.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.result().get(0)).as(run.output() + cupsd.log()).isEqualTo("COMPLETED");
    Path out = output(Integer.parseInt(run.result().get(1)), start);
    assertThat(pdfinfo(out)).containsPattern("Pages:\\s+2");
    assertThat(pdftotext(out)).contains("两页文件", "第1行 line 1：办理事项回执", "第45行", "测试单位");
    Files.delete(out);
  }

  @Test
  void printsACertificateWhoseChineseTextSurvivesCups() throws Exception {
    Instant start = Instant.now();

    PrintingJvm.Result run = PrintingJvm.run(cupsd.server(), PDF_QUEUE, "certificate");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.result().get(0)).as(run.output() + cupsd.log()).isEqualTo("COMPLETED");
    Path out = output(Integer.parseInt(run.result().get(1)), start);
    assertThat(pdfinfo(out)).containsPattern("Pages:\\s+1").contains("(A4)");
    String text = pdftotext(out).replaceAll("\\s+", "");
    assertThat(text)
        .contains("居民户籍证明")
        .contains("兹证明测试人员系广东省佛山市南海区桂城街道居民")
        .contains("佛山市南海区桂城街道办事处")
        .contains("2026年11月23日");
    Files.delete(out);
  }

  @Test
  void carriesEscPosBytesThroughARawQueueUnchanged() throws Exception {
    java.io.ByteArrayOutputStream job = new java.io.ByteArrayOutputStream();
    job.writeBytes(new byte[] {0x1B, 0x40, 0x1C, 0x26});
    job.writeBytes("粤智助 回执\n".getBytes(Charset.forName("GB18030")));
    for (int b = 0; b < 256; b++) {
      job.write(b);
    }
    job.writeBytes(new byte[] {0x1D, 0x56, 0x01});
    byte[] bytes = job.toByteArray();
    Path file = temp.resolve("receipt.bin");
    Files.write(file, bytes);
    received.clear();

    PrintingJvm.Result run = PrintingJvm.run(cupsd.server(), RAW_QUEUE, "raw", file.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.result().get(0)).as(run.output() + cupsd.log()).isEqualTo("COMPLETED");
    await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
    assertThat(received.get(0)).isEqualTo(bytes);
  }

  @Test
  void reportsAStoppedQueueOfflineAndOnlineAgainWhenEnabled() throws Exception {
    List<StatusEvent> events = new CopyOnWriteArrayList<>();
    try (CupsDocumentPrinter printer = printer(PDF_QUEUE)) {
      printer.addStatusListener(events::add);
      assertThat(printer.queryStatus().device()).isEqualTo(DeviceStatus.ONLINE);
      printer.startPolling(Duration.ofMillis(100));

      cupsd.disable(PDF_QUEUE);
      try {
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> printer.status() == DeviceStatus.OFFLINE);
        assertThat(printer.printerStatus().state()).isEqualTo(DocumentPrinterStatus.State.STOPPED);
        assertThat(printer.printerStatus().reasons()).contains("paused");
        assertThat(printer.selfTest().passed()).isFalse();
        assertThatThrownBy(() -> printer.printPdf(new byte[] {'%'}, Duration.ofSeconds(5)))
            .isInstanceOf(DocumentPrinterException.class)
            .hasMessageContaining("cannot print now")
            .hasMessageContaining(PDF_QUEUE);
      } finally {
        cupsd.enable(PDF_QUEUE);
      }

      await().atMost(Duration.ofSeconds(20)).until(() -> printer.status() == DeviceStatus.ONLINE);
      assertThat(printer.printerStatus().paper()).isEqualTo(ConsumableState.FULL);
      assertThat(events)
          .extracting(StatusEvent::current)
          .containsSubsequence(DeviceStatus.ONLINE, DeviceStatus.OFFLINE, DeviceStatus.ONLINE);
    }
  }

  @Test
  void refusesJobsWhileTheQueueRejectsThem() throws Exception {
    try (CupsDocumentPrinter printer = printer(RAW_QUEUE)) {
      cupsd.reject(RAW_QUEUE);
      try {
        DocumentPrinterStatus status = printer.queryStatus();
        assertThat(status.acceptingJobs()).isFalse();
        assertThat(status.device()).isEqualTo(DeviceStatus.OFFLINE);
        assertThatThrownBy(() -> printer.printRaw(new byte[] {0x1B, 0x40}, Duration.ofSeconds(5)))
            .isInstanceOf(DocumentPrinterException.class)
            .hasMessageContaining("rejecting jobs");
      } finally {
        cupsd.accept(RAW_QUEUE);
      }
      assertThat(printer.queryStatus().device()).isEqualTo(DeviceStatus.ONLINE);
    }
  }

  @Test
  void reportsNoDeviceForAQueueTheServerDoesNotHave() {
    try (CupsDocumentPrinter printer = printer("NoSuchQueue")) {
      assertThatThrownBy(printer::queryStatus)
          .isInstanceOf(DocumentPrinterException.class)
          .hasMessage("CUPS at " + cupsd.server() + " has no queue named NoSuchQueue.");
      assertThat(printer.status()).isEqualTo(DeviceStatus.NO_DEVICE);
    }
  }

  @Test
  void reportsNoDeviceWhenNoCupsdAnswers() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    try (CupsDocumentPrinter printer =
        new CupsDocumentPrinter(
            "a4",
            PDF_QUEUE,
            "127.0.0.1:" + closedPort,
            Duration.ofSeconds(2),
            CupsDocumentPrinter.PrintServices.javaxPrint())) {
      assertThatThrownBy(printer::queryStatus)
          .isInstanceOf(DocumentPrinterException.class)
          .hasMessageContaining("cannot be reached");
      assertThat(printer.status()).isEqualTo(DeviceStatus.NO_DEVICE);
    }
  }

  private static CupsDocumentPrinter printer(String queue) {
    // Status goes over IPP to the configured server; this JVM's javax.print is not involved.
    return new CupsDocumentPrinter(
        "a4",
        queue,
        cupsd.server(),
        Duration.ofSeconds(5),
        CupsDocumentPrinter.PrintServices.javaxPrint());
  }

  private static Path output(int jobId, Instant start) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> cupsd.cupsPdfOutput(jobId, start).isPresent());
    try {
      return cupsd.cupsPdfOutput(jobId, start).orElseThrow();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String pdftotext(Path pdf) throws IOException {
    return PrivateCupsd.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
  }

  private static String pdfinfo(Path pdf) throws IOException {
    return PrivateCupsd.run("pdfinfo", pdf.toString());
  }
}
