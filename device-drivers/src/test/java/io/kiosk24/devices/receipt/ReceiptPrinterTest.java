package io.kiosk24.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.StatusEvent;
import io.kiosk24.devices.serial.InMemorySerialLink;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReceiptPrinterTest {

  static final String PAYLOAD = "https://zwfw.example.gov.cn/verify?no=GD2025-000123&t=回执";

  @TempDir Path out;
  private ReceiptPrinterEmulator emulator;
  private ReceiptPrinter printer;

  private void connect(PaperWidth paper) throws Exception {
    emulator = new ReceiptPrinterEmulator(out, paper);
    InMemorySerialLink.Pair pair = InMemorySerialLink.pair("printer");
    emulator.serve(pair.device());
    printer =
        new ReceiptPrinter(
            "receipt", PrinterTransport.serial(pair.host()), paper, Duration.ofSeconds(2));
  }

  @AfterEach
  void closeAll() {
    if (printer != null) {
      printer.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  static Receipt sample() {
    return new Receipt(
        "社保缴费证明",
        List.of("姓名：张三", "事项：城乡居民养老保险参保缴费证明打印", "时间：2025-03-01 09:30"),
        PAYLOAD,
        "请取走身份证和打印件");
  }

  @ParameterizedTest
  @EnumSource(PaperWidth.class)
  void printsAReceiptWhoseQrCodeScansBackToThePayload(PaperWidth paper) throws Exception {
    connect(paper);
    printer.print(sample());

    await().atMost(Duration.ofSeconds(10)).until(() -> emulator.receipts().size() == 1);
    Path png = emulator.receipts().get(0);
    assertThat(png).exists().hasFileName("receipt-0001.png");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(paper.dots());
    assertThat(image.getHeight()).isGreaterThan(300);
    assertThat(QrImages.decode(image)).isEqualTo(PAYLOAD);
  }

  @Test
  void drawsChineseTextWithInk() throws Exception {
    connect(PaperWidth.MM_80);
    printer.printRaw(new EscPos().init().chineseMode().line("中文测试").cut().toByteArray());
    await().atMost(Duration.ofSeconds(10)).until(() -> emulator.receipts().size() == 1);
    BufferedImage image = ImageIO.read(emulator.receipts().get(0).toFile());
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < 96; x++) {
        if ((image.getRGB(x, y) & 0xFF) < 100) {
          dark++;
        }
      }
    }
    assertThat(dark).as("dark pixels under four Chinese characters").isGreaterThan(200);
  }

  @Test
  void reportsPaperNearEndOutAndRefilledAsEvents() throws Exception {
    connect(PaperWidth.MM_80);
    List<PrinterStatus> seen = new CopyOnWriteArrayList<>();
    printer.addPrinterStatusListener((before, now) -> seen.add(now));

    assertThat(printer.queryStatus().paper()).isEqualTo(ConsumableState.FULL);
    emulator.setPaper(ConsumableState.LOW);
    assertThat(printer.queryStatus().paper()).isEqualTo(ConsumableState.LOW);
    emulator.setPaper(ConsumableState.OUT);
    assertThat(printer.queryStatus().paper()).isEqualTo(ConsumableState.OUT);
    emulator.setPaper(ConsumableState.FULL);
    printer.queryStatus();

    assertThat(seen)
        .extracting(PrinterStatus::paper)
        .containsExactly(
            ConsumableState.FULL, ConsumableState.LOW, ConsumableState.OUT, ConsumableState.FULL);
    assertThat(seen).extracting(PrinterStatus::device).containsOnly(DeviceStatus.ONLINE);
  }

  @Test
  void refusesToPrintWhenPaperIsOutAndPrintsNothing() throws Exception {
    connect(PaperWidth.MM_58);
    emulator.setPaper(ConsumableState.OUT);
    assertThatThrownBy(() -> printer.print(sample()))
        .isInstanceOf(ReceiptPrinterException.class)
        .hasMessageContaining("paper OUT")
        .hasMessageNotContaining("张三");
    assertThat(emulator.receipts()).isEmpty();
  }

  @Test
  void reportsCoverOpenAsUserErrorThroughTheCommonListener() throws Exception {
    connect(PaperWidth.MM_80);
    printer.open();
    List<StatusEvent> events = new CopyOnWriteArrayList<>();
    printer.addStatusListener(events::add);
    emulator.setCoverOpen(true);
    printer.queryStatus();
    assertThat(events).extracting(StatusEvent::current).containsExactly(DeviceStatus.USER_ERROR);
    assertThat(printer.printerStatus().conditions()).contains(PrinterCondition.COVER_OPEN);
  }

  @Test
  void pollerNoticesChangesBetweenJobs() throws Exception {
    connect(PaperWidth.MM_80);
    List<ConsumableState> paper = new CopyOnWriteArrayList<>();
    printer.addPrinterStatusListener((before, now) -> paper.add(now.paper()));
    printer.startPolling(Duration.ofMillis(50));
    await().atMost(Duration.ofSeconds(5)).until(() -> paper.contains(ConsumableState.FULL));
    emulator.setPaper(ConsumableState.LOW);
    await().atMost(Duration.ofSeconds(5)).until(() -> paper.contains(ConsumableState.LOW));
    printer.print(sample());
    emulator.setPaper(ConsumableState.OUT);
    await().atMost(Duration.ofSeconds(5)).until(() -> paper.contains(ConsumableState.OUT));
    await().atMost(Duration.ofSeconds(10)).until(() -> emulator.receipts().size() == 1);
  }

  @Test
  void ignoresStrayStatusBytesProvokedByImageData() throws Exception {
    connect(PaperWidth.MM_80);
    // An image whose first row is 10 04 01: the printer answers it as a status query.
    BufferedImage image = new BufferedImage(24, 1, BufferedImage.TYPE_INT_RGB);
    int[] row = {0x10, 0x04, 0x01};
    for (int x = 0; x < 24; x++) {
      boolean black = (row[x / 8] & (0x80 >> (x % 8))) != 0;
      image.setRGB(x, 0, black ? 0 : 0xFFFFFF);
    }
    printer.printRaw(new EscPos().init().image(image, false).cut().toByteArray());
    emulator.setPaper(ConsumableState.LOW);
    await().atMost(Duration.ofSeconds(5)).until(() -> emulator.receipts().size() == 1);
    assertThat(printer.queryStatus().paper()).isEqualTo(ConsumableState.LOW);
  }

  @Test
  void reportsNoDeviceWhenNothingAnswers() throws Exception {
    InMemorySerialLink.Pair pair = InMemorySerialLink.pair("silent");
    printer =
        new ReceiptPrinter(
            "receipt",
            PrinterTransport.serial(pair.host()),
            PaperWidth.MM_80,
            Duration.ofMillis(100));
    assertThatThrownBy(printer::queryStatus)
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("silent:host")
        .hasMessageContaining("did not answer");
    assertThat(printer.status()).isEqualTo(DeviceStatus.NO_DEVICE);
  }

  @Test
  void printsToALineDeviceThatNeverAnswersWithPaperUnknown() throws Exception {
    Path device = Files.createFile(out.resolve("lp0"));
    printer =
        new ReceiptPrinter(
            "receipt",
            PrinterTransport.lineDevice(device),
            PaperWidth.MM_58,
            Duration.ofMillis(200));
    printer.print(sample());
    assertThat(printer.printerStatus().paper()).isEqualTo(ConsumableState.UNKNOWN);
    assertThat(printer.status()).isEqualTo(DeviceStatus.ONLINE);
    byte[] written = Files.readAllBytes(device);
    assertThat(EscPosParser.parse(written)).isNotEmpty();
    assertThat(written).endsWith(0x1D, 0x56, 0x01);
  }

  @Test
  void continuesNumberingAfterReceiptsAlreadyInTheDirectory() throws Exception {
    Files.createFile(out.resolve("receipt-0007.png"));
    connect(PaperWidth.MM_80);
    printer.print(sample());
    await().atMost(Duration.ofSeconds(10)).until(() -> emulator.receipts().size() == 1);
    assertThat(emulator.receipts().get(0)).hasFileName("receipt-0008.png");
  }
}
