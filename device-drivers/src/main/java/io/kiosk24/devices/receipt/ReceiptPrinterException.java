package io.kiosk24.devices.receipt;

import io.kiosk24.devices.DeviceException;

/** The printer cannot take a job now, for the reason its status gives. */
public class ReceiptPrinterException extends DeviceException {
  private static final long serialVersionUID = 1L;

  private final transient PrinterStatus status;

  public ReceiptPrinterException(String message, PrinterStatus status) {
    super(message);
    this.status = status;
  }

  /** The status that stopped the job. */
  public PrinterStatus status() {
    return status;
  }
}
