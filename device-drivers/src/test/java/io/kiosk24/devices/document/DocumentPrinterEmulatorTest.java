package io.kiosk24.devices.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.StatusEvent;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentPrinterEmulatorTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @TempDir Path dir;
  private Path out;
  private DocumentPrinters.Emulated emulated;
  private final List<StatusEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void open() throws Exception {
    out = dir.resolve("a4-out");
    emulated =
        DocumentPrinters.openEmulated(
            new DeviceSettings("a4", "emulator", "", Map.of("out", out.toString())));
    emulated.printer().addStatusListener(events::add);
    emulated.printer().open();
  }

  @Test
  void printsACertificateAsAPdfInTheOutFolder() throws Exception {
    Certificate certificate =
        new Certificate(
            "无犯罪记录证明", List.of("兹证明 测试人员 在本辖区内无犯罪记录。"), "测试市公安局", LocalDate.of(2026, 5, 4));

    PrintOutcome outcome = emulated.printer().printCertificate(certificate, TIMEOUT);

    assertThat(outcome.result()).isEqualTo(PrintOutcome.Result.COMPLETED);
    List<Path> printed = emulated.emulator().printed();
    assertThat(printed).hasSize(1);
    assertThat(printed.get(0).getFileName().toString())
        .startsWith("kiosk24-job-" + outcome.jobId() + "-")
        .doesNotContain("证明");
    assertThat(printed.get(0).getParent()).isEqualTo(out);
    assertThat(pdftotext(printed.get(0)).replaceAll("\\s+", "")).contains("无犯罪记录证明", "测试市公安局");
  }

  @Test
  void printsAPdfUnchanged() throws Exception {
    byte[] pdf = CertificatePdf.render(PrintingJvm.sampleCertificate());

    PrintOutcome outcome = emulated.printer().printPdf(pdf, TIMEOUT);

    assertThat(outcome.completed()).isTrue();
    assertThat(Files.readAllBytes(emulated.emulator().printed().get(0))).isEqualTo(pdf);
  }

  @Test
  void bytesThatAreNoPdfFailAsCupsWouldFailThem() throws Exception {
    PrintOutcome outcome =
        emulated.printer().printPdf("hello".getBytes(StandardCharsets.US_ASCII), TIMEOUT);

    assertThat(outcome.result()).isEqualTo(PrintOutcome.Result.FAILED);
    assertThat(outcome.reasons()).containsExactly("document-format-error");
    assertThat(emulated.emulator().printed()).isEmpty();
  }

  @Test
  void paperOutIsShownAndRefusesToPrint() throws Exception {
    emulated.emulator().setPaper(ConsumableState.OUT);

    DocumentPrinterStatus status = emulated.printer().printerStatus();
    assertThat(status.paper()).isEqualTo(ConsumableState.OUT);
    assertThat(status.device()).isEqualTo(DeviceStatus.ONLINE);
    assertThat(status.canPrint()).isFalse();
    assertThat(emulated.printer().selfTest().summary()).contains("cannot print", "paper OUT");
    assertThatThrownBy(
            () -> emulated.printer().printCertificate(PrintingJvm.sampleCertificate(), TIMEOUT))
        .isExactlyInstanceOf(DocumentPrinterException.class)
        .hasMessage(
            "A4 printer emulator writing to "
                + out
                + " cannot print now: ONLINE, paper OUT, toner FULL, queue IDLE [media-empty].");
    assertThat(emulated.emulator().printed()).isEmpty();

    emulated.emulator().setPaper(ConsumableState.FULL);
    assertThat(
            emulated
                .printer()
                .printPdf(CertificatePdf.render(PrintingJvm.sampleCertificate()), TIMEOUT)
                .completed())
        .isTrue();
  }

  @Test
  void lowPaperStillPrints() throws Exception {
    emulated.emulator().setPaper(ConsumableState.LOW);

    assertThat(emulated.printer().printerStatus().paper()).isEqualTo(ConsumableState.LOW);
    assertThat(
            emulated
                .printer()
                .printCertificate(PrintingJvm.sampleCertificate(), TIMEOUT)
                .completed())
        .isTrue();
  }

  @Test
  void goingOfflineAndBackFiresStatusEvents() throws Exception {
    emulated.emulator().setOffline(true);

    assertThat(emulated.printer().status()).isEqualTo(DeviceStatus.OFFLINE);
    assertThat(emulated.printer().printerStatus().state())
        .isEqualTo(DocumentPrinterStatus.State.STOPPED);
    assertThatThrownBy(
            () ->
                emulated
                    .printer()
                    .printPdf(CertificatePdf.render(PrintingJvm.sampleCertificate()), TIMEOUT))
        .isInstanceOf(DocumentPrinterException.class)
        .hasMessageContaining("cannot print now: OFFLINE");

    emulated.emulator().setOffline(false);

    assertThat(events)
        .extracting(StatusEvent::current)
        .containsExactly(DeviceStatus.ONLINE, DeviceStatus.OFFLINE, DeviceStatus.ONLINE);
    assertThat(events.get(1).detail()).contains("paused");
  }

  @Test
  void theEmulatorDriverOpensThroughTheFactory() throws Exception {
    try (DocumentPrinter printer =
        DocumentPrinters.open(
            new DeviceSettings("a4", "emulator", "", Map.of("out", out.toString())))) {
      assertThat(printer.status()).isEqualTo(DeviceStatus.OFFLINE);
      printer.open();
      assertThat(printer.status()).isEqualTo(DeviceStatus.ONLINE);
      assertThat(printer.selfTest().summary()).startsWith("A4 printer emulator writing to ");
    }
  }

  @Test
  void refusesJammedAsAPaperStateToSet() {
    assertThatThrownBy(() -> emulated.emulator().setPaper(ConsumableState.JAMMED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void openEmulatedRefusesAnotherDriver() {
    assertThatThrownBy(
            () ->
                DocumentPrinters.openEmulated(
                    new DeviceSettings("a4", "cups", "", Map.of("queue", "Q"))))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessage("device.a4.driver must be emulator, not 'cups'.");
  }

  private static String pdftotext(Path pdf) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
            .redirectErrorStream(true)
            .start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(text).isZero();
    return text;
  }
}
