package io.kiosk24.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceSettings;
import io.kiosk24.devices.receipt.PaperWidth;
import io.kiosk24.devices.receipt.ReceiptPrinter;
import io.kiosk24.devices.receipt.ReceiptPrinters;
import io.kiosk24.kiosk.core.CitizenText;
import io.kiosk24.kiosk.core.FakeIdCardReader;
import io.kiosk24.kiosk.core.KioskCore;
import io.kiosk24.kiosk.core.KioskSettings;
import io.kiosk24.kiosk.core.ManualScheduler;
import io.kiosk24.kiosk.core.ReceiptOutput;
import io.kiosk24.kiosk.core.Screen;
import io.kiosk24.kiosk.core.TestCards;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The greeting's receipt printed by the real ESC/POS driver through its emulator, opened from
 * configuration as the terminal opens it: the emulator draws the receipt as the paper would show
 * it, and a phone's QR reader finds the session's reference on it.
 */
class ReceiptPrintingIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @TempDir Path dir;

  private final FakeIdCardReader reader = new FakeIdCardReader();
  private final ExecutorService background = Executors.newCachedThreadPool();
  private final ManualScheduler time = new ManualScheduler();

  @AfterEach
  void stop() {
    background.shutdownNow();
    reader.close();
  }

  @Test
  void printsAMaskedReceiptWhoseQrCodeCarriesTheSessionReference() throws Exception {
    Path out = dir.resolve("receipts");
    try (ReceiptPrinter printer = ReceiptPrinters.open(emulatorSettings(out))) {
      printer.open();
      KioskCore core = coreWith(new ReceiptPrinterOutput(printer));

      greet(core);
      assertThat(core.state().receiptButton())
          .hasValueSatisfying(b -> assertThat(b.enabled()).isTrue());
      String reference = core.session().reference();
      core.printReceipt();

      await()
          .atMost(PATIENCE)
          .until(() -> core.state().instruction().equals(CitizenText.TAKE_RECEIPT));
      Path png = out.resolve("receipt-0001.png");
      await().atMost(PATIENCE).until(() -> Files.exists(png) && Files.size(png) > 0);
      BufferedImage image =
          await().atMost(PATIENCE).until(() -> ImageIO.read(png.toFile()), i -> i != null);
      assertThat(image.getWidth()).isEqualTo(PaperWidth.MM_80.dots()).isEqualTo(576);
      assertThat(decodeQr(image)).isEqualTo(reference);

      core.finish();
      assertThat(core.state().screen()).isEqualTo(Screen.HOME);
      assertThat(core.session().holdsPersonalData()).isFalse();
      assertThat(receiptsIn(out)).containsExactly(png);
    }
  }

  @Test
  void paperRunningOutBeforeTheTapIsToldPlainly() throws Exception {
    Path out = dir.resolve("receipts");
    ReceiptPrinters.Emulated emulated = ReceiptPrinters.openEmulated(emulatorSettings(out));
    try (ReceiptPrinter printer = emulated.printer()) {
      printer.open();
      KioskCore core = coreWith(new ReceiptPrinterOutput(printer));
      greet(core);

      // The last known status still says it can print; the driver's check before the job does not.
      emulated.emulator().setPaper(ConsumableState.OUT);
      core.printReceipt();

      await()
          .atMost(PATIENCE)
          .until(() -> core.state().notice().equals(Optional.of(CitizenText.RECEIPT_PAPER_OUT)));
      assertThat(core.state().receiptButton())
          .hasValueSatisfying(b -> assertThat(b.enabled()).isFalse());
      assertThat(receiptsIn(out)).isEmpty();

      core.finish();
      assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    } finally {
      emulated.emulator().close();
    }
  }

  @Test
  void terminalDevicesOpenTheConfiguredPrinterAndDrawIntoTheTerminalHome() throws Exception {
    Path config = Files.createDirectories(dir.resolve("config")).resolve("terminal.properties");
    try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
      writer.write(
          """
          profile=demo
          device.idcard.driver=emulator
          device.receipt.driver=emulator
          device.receipt.paper=80
          device.receipt.out=run/receipts
          """);
    }
    Properties properties = TerminalConfig.load(config).properties();

    try (TerminalDevices devices = TerminalDevices.open(properties, config)) {
      assertThat(devices.statuses())
          .containsEntry("idcard", "ONLINE")
          .containsEntry("receipt", "ONLINE");
      ReceiptOutput output = devices.receiptOutput().orElseThrow();
      assertThat(output.canPrint()).isTrue();
      KioskCore core = coreWith(output);

      greet(core);
      core.printReceipt();

      await()
          .atMost(PATIENCE)
          .until(() -> core.state().instruction().equals(CitizenText.TAKE_RECEIPT));
      Path png = dir.resolve("run/receipts/receipt-0001.png");
      await().atMost(PATIENCE).until(() -> Files.exists(png));
      core.finish();
    }
  }

  @Test
  void theDemoDefaultsIncludeAnEmulatedReceiptPrinter() throws Exception {
    try (TerminalDevices devices = TerminalDevices.open(new Properties())) {
      assertThat(devices.statuses())
          .containsKeys("idcard", "receipt", "receipt.paper", "barcode", "gpio")
          .containsEntry("receipt", "ONLINE")
          .containsEntry("receipt.paper", "FULL");
      assertThat(devices.receiptOutput()).isPresent();
    }
  }

  private KioskCore coreWith(ReceiptOutput output) {
    return new KioskCore(
        reader,
        background,
        time,
        KioskSettings.DEFAULTS.withTerminalName("Kiosk24 演示终端 · Demo terminal"),
        Optional.of(output));
  }

  private void greet(KioskCore core) {
    core.startGreeting();
    reader.placeCard(TestCards.resident());
    await().atMost(PATIENCE).until(() -> core.state().screen() == Screen.GREETING);
  }

  private static DeviceSettings emulatorSettings(Path out) throws Exception {
    Properties properties = new Properties();
    properties.putAll(
        Map.of(
            "profile", "demo",
            "device.receipt.driver", "emulator",
            "device.receipt.paper", "80",
            "device.receipt.out", out.toString()));
    return DeviceConfig.from(properties).require("receipt");
  }

  private static List<Path> receiptsIn(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
    }
  }

  /** Reads the QR code the way a phone would. */
  private static String decodeQr(BufferedImage image) throws Exception {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    return new QRCodeReader()
        .decode(
            bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, true))
        .getText();
  }
}
