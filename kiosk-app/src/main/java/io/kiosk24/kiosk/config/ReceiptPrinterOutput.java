package io.kiosk24.kiosk.config;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.receipt.PrinterStatus;
import io.kiosk24.devices.receipt.Receipt;
import io.kiosk24.devices.receipt.ReceiptPrinter;
import io.kiosk24.devices.receipt.ReceiptPrinterException;
import io.kiosk24.kiosk.core.ReceiptOutput;
import io.kiosk24.kiosk.core.ReceiptOutputException;
import java.util.Objects;
import java.util.Optional;

/**
 * The core's {@link ReceiptOutput} over the device layer's {@link ReceiptPrinter}. Availability
 * comes from the printer's last known status (kept fresh by its status polling), so asking costs
 * nothing; {@link ReceiptPrinter#print} checks the status again before each job.
 */
public final class ReceiptPrinterOutput implements ReceiptOutput {

  private final ReceiptPrinter printer;

  public ReceiptPrinterOutput(ReceiptPrinter printer) {
    this.printer = Objects.requireNonNull(printer, "printer");
  }

  @Override
  public Optional<Problem> problem() {
    return problemOf(printer.printerStatus());
  }

  @Override
  public void print(Receipt receipt) throws ReceiptOutputException {
    try {
      printer.print(receipt);
    } catch (ReceiptPrinterException e) {
      // The status that refused the job says why; the message names the printer, never the citizen.
      throw new ReceiptOutputException(
          problemOf(e.status()).orElse(Problem.OUT_OF_ORDER), e.getMessage(), e);
    } catch (DeviceException e) {
      throw new ReceiptOutputException(Problem.OUT_OF_ORDER, e.getMessage(), e);
    }
  }

  static Optional<Problem> problemOf(PrinterStatus status) {
    if (status.paper() == ConsumableState.OUT) {
      return Optional.of(Problem.PAPER_OUT);
    }
    return status.canPrint() ? Optional.empty() : Optional.of(Problem.OUT_OF_ORDER);
  }
}
