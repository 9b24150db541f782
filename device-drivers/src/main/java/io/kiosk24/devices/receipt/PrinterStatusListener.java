package io.kiosk24.devices.receipt;

/**
 * Hears a receipt printer's full status change, paper included (near end, out, refilled), which the
 * common {@link io.kiosk24.devices.DeviceStatusListener} does not carry when the device itself
 * stays online. Called on the thread that queried the status, often the printer's poller: return
 * quickly.
 */
@FunctionalInterface
public interface PrinterStatusListener {

  void printerStatusChanged(PrinterStatus previous, PrinterStatus current);
}
