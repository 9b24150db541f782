package io.kiosk24.kiosk.config;

import io.kiosk24.devices.idcard.IdCardEmulator;
import io.kiosk24.devices.receipt.ReceiptPrinterEmulator;
import java.util.Optional;

/**
 * The emulators behind a demo terminal's devices, for the device simulator to act on: place a card,
 * run out of paper, look at a printed receipt. Empty on a terminal with real devices.
 */
public record Emulators(
    Optional<IdCardEmulator> idCard, Optional<ReceiptPrinterEmulator> receiptPrinter) {

  public static Emulators none() {
    return new Emulators(Optional.empty(), Optional.empty());
  }

  public boolean isEmpty() {
    return idCard.isEmpty() && receiptPrinter.isEmpty();
  }
}
