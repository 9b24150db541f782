package io.kiosk24.kiosk.config;

import io.kiosk24.devices.barcode.SerialScannerEmulator;
import io.kiosk24.devices.document.DocumentPrinterEmulator;
import io.kiosk24.devices.gpio.MockInputs;
import io.kiosk24.devices.idcard.IdCardEmulator;
import io.kiosk24.devices.receipt.ReceiptPrinterEmulator;
import io.kiosk24.devices.smartcard.SmartCardEmulator;
import java.util.Optional;

/**
 * The emulators behind a demo terminal's devices, for the device simulator to act on: place a card,
 * run out of paper, look at a printed receipt, scan a code, open the cabinet, insert a social
 * security card. Empty on a terminal with real devices.
 *
 * @param idCard the ID card reader's emulator ({@code device.idcard.driver=emulator})
 * @param receiptPrinter the receipt printer's emulator ({@code device.receipt.driver=emulator})
 * @param barcodeScanner the QR and barcode scanner's emulator ({@code
 *     device.barcode.driver=emulator})
 * @param gpio the sensor lines of a GPIO panel on Pi4J's mock ({@code device.gpio.driver=mock})
 * @param smartCard the smart card reader's emulator ({@code device.smartcard.driver=emulator})
 * @param a4 the A4 printer's emulator ({@code device.a4.driver=emulator})
 */
public record Emulators(
    Optional<IdCardEmulator> idCard,
    Optional<ReceiptPrinterEmulator> receiptPrinter,
    Optional<SerialScannerEmulator> barcodeScanner,
    Optional<MockInputs> gpio,
    Optional<SmartCardEmulator> smartCard,
    Optional<DocumentPrinterEmulator> a4) {

  public static Emulators none() {
    return new Emulators(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public boolean isEmpty() {
    return idCard.isEmpty()
        && receiptPrinter.isEmpty()
        && barcodeScanner.isEmpty()
        && gpio.isEmpty()
        && smartCard.isEmpty()
        && a4.isEmpty();
  }
}
