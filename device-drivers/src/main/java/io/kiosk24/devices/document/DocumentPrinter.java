package io.kiosk24.devices.document;

import io.kiosk24.devices.Device;
import java.time.Duration;
import java.util.List;

/**
 * An A4 printer: prints PDFs and {@link Certificate}s and reports its state, paper and toner
 * included. {@link CupsDocumentPrinter} prints through a CUPS queue; {@link
 * DocumentPrinterEmulator} writes the PDFs into a folder. Both are made by {@link
 * DocumentPrinters}.
 */
public interface DocumentPrinter extends Device {

  /** Where the printer is, for messages, such as {@code queue NAME at HOST:PORT}. */
  String describe();

  /** The state last seen, paper and toner included. */
  DocumentPrinterStatus printerStatus();

  /**
   * Prints a PDF and waits for the job to end.
   *
   * @param timeout how long to wait for the job to end; the outcome then says {@code TIMED_OUT}
   * @throws DocumentPrinterException when the printer cannot take the job now (offline, paper or
   *     toner out) or the job cannot be handed over
   */
  PrintOutcome printPdf(byte[] pdf, Duration timeout) throws DocumentPrinterException;

  /**
   * Sends bytes as they are, for a printer that speaks its own language behind a raw queue.
   *
   * @throws DocumentPrinterException as {@link #printPdf} does
   */
  PrintOutcome printRaw(byte[] data, Duration timeout) throws DocumentPrinterException;

  /** Renders a certificate with {@link CertificatePdf} and prints it as {@link #printPdf} does. */
  default PrintOutcome printCertificate(Certificate certificate, Duration timeout)
      throws DocumentPrinterException {
    return printPdf(CertificatePdf.render(certificate), timeout);
  }

  /** The names of the CUPS queues this JVM can print to, through {@code javax.print}. */
  static List<String> queues() {
    return CupsDocumentPrinter.queues();
  }
}
