package io.kiosk24.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.serial.JSerialCommLink;
import io.kiosk24.devices.serial.SocatPtyPair;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver and the emulator over real transports: socat pty pairs and loopback TCP. */
class ReceiptPrinterIT {

  @TempDir Path out;

  @Test
  void printsAndFollowsPaperOverASerialPty() throws Exception {
    try (SocatPtyPair pty = SocatPtyPair.start();
        ReceiptPrinterEmulator emulator = new ReceiptPrinterEmulator(out, PaperWidth.MM_80)) {
      emulator.serve(JSerialCommLink.open(pty.right(), 9600));
      PrinterTransport transport = PrinterTransport.serial(JSerialCommLink.open(pty.left(), 9600));
      try (ReceiptPrinter printer =
          new ReceiptPrinter("receipt", transport, PaperWidth.MM_80, Duration.ofSeconds(2))) {
        exercise(printer, emulator, PaperWidth.MM_80);
      }
    }
  }

  @Test
  void printsAndFollowsPaperOverLoopbackTcp() throws Exception {
    try (ReceiptPrinterEmulator emulator = new ReceiptPrinterEmulator(out, PaperWidth.MM_58)) {
      int port = emulator.serveTcp(0);
      try (ReceiptPrinter printer =
          new ReceiptPrinter(
              "receipt",
              PrinterTransport.tcp("127.0.0.1", port),
              PaperWidth.MM_58,
              Duration.ofSeconds(2))) {
        exercise(printer, emulator, PaperWidth.MM_58);
      }
    }
  }

  @Test
  void readsStatusBackThroughALineDeviceFileThatAnswers() throws Exception {
    // A pty stands in for a bidirectional /dev/usb/lp0: written and read on one descriptor.
    try (SocatPtyPair pty = SocatPtyPair.start();
        ReceiptPrinterEmulator emulator = new ReceiptPrinterEmulator(out, PaperWidth.MM_80)) {
      emulator.serve(JSerialCommLink.open(pty.right(), 9600));
      try (ReceiptPrinter printer =
          new ReceiptPrinter(
              "receipt",
              PrinterTransport.lineDevice(Path.of(pty.left())),
              PaperWidth.MM_80,
              Duration.ofSeconds(2))) {
        emulator.setPaper(ConsumableState.LOW);
        assertThat(printer.queryStatus().paper()).isEqualTo(ConsumableState.LOW);
        printer.print(ReceiptPrinterTest.sample());
        await().atMost(Duration.ofSeconds(20)).until(() -> emulator.receipts().size() == 1);
      }
    }
  }

  @Test
  void recoversWhenTheTcpPrinterComesBack() throws Exception {
    ReceiptPrinterEmulator first = new ReceiptPrinterEmulator(out, PaperWidth.MM_80);
    int port = first.serveTcp(0);
    try (ReceiptPrinter printer =
        new ReceiptPrinter(
            "receipt",
            PrinterTransport.tcp("127.0.0.1", port),
            PaperWidth.MM_80,
            Duration.ofMillis(500))) {
      List<DeviceStatus> seen = new CopyOnWriteArrayList<>();
      printer.addStatusListener(e -> seen.add(e.current()));
      printer.startPolling(Duration.ofMillis(100));
      await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains(DeviceStatus.ONLINE));
      first.close();
      await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains(DeviceStatus.NO_DEVICE));
      try (ReceiptPrinterEmulator second = new ReceiptPrinterEmulator(out, PaperWidth.MM_80)) {
        second.serveTcp(port);
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> seen.get(seen.size() - 1) == DeviceStatus.ONLINE);
      }
    }
  }

  private static void exercise(
      ReceiptPrinter printer, ReceiptPrinterEmulator emulator, PaperWidth paper) throws Exception {
    List<ConsumableState> paperSeen = new CopyOnWriteArrayList<>();
    printer.addPrinterStatusListener((before, now) -> paperSeen.add(now.paper()));
    printer.open();
    printer.print(ReceiptPrinterTest.sample());
    await().atMost(Duration.ofSeconds(20)).until(() -> emulator.receipts().size() == 1);
    BufferedImage image = ImageIO.read(emulator.receipts().get(0).toFile());
    assertThat(image.getWidth()).isEqualTo(paper.dots());
    assertThat(QrImages.decode(image)).isEqualTo(ReceiptPrinterTest.PAYLOAD);

    printer.startPolling(Duration.ofMillis(100));
    emulator.setPaper(ConsumableState.LOW);
    await().atMost(Duration.ofSeconds(10)).until(() -> paperSeen.contains(ConsumableState.LOW));
    emulator.setPaper(ConsumableState.OUT);
    await().atMost(Duration.ofSeconds(10)).until(() -> paperSeen.contains(ConsumableState.OUT));
    emulator.setPaper(ConsumableState.FULL);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> paperSeen.get(paperSeen.size() - 1) == ConsumableState.FULL);
    assertThat(paperSeen)
        .containsSubsequence(
            ConsumableState.FULL, ConsumableState.LOW, ConsumableState.OUT, ConsumableState.FULL);
  }
}
