package io.kiosk24.devices.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BarcodeFormat;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.config.DeviceSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameraBarcodeScannerTest {

  @TempDir Path folder;

  @Test
  void decodesImagesDroppedIntoTheCameraFolder() throws Exception {
    CodeImages.write(CodeImages.blank(320, 240), folder.resolve("0001.png"));
    CodeImages.write(
        CodeImages.draw(BarcodeFormat.QR_CODE, "粤省事 e-ID 样例", 240, 240),
        folder.resolve("0002.png"));
    List<ScanResult> scans = new CopyOnWriteArrayList<>();

    try (BarcodeScanner scanner =
        BarcodeScanners.open(
            new DeviceSettings(
                "barcode",
                "camera-folder",
                "",
                Map.of("folder", folder.toString(), "interval-ms", "0")))) {
      scanner.addScanListener(scans::add);
      scanner.open();

      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(scans)
                      .containsExactly(new ScanResult.Decoded("粤省事 e-ID 样例", Symbology.QR_CODE)));
      assertThat(scanner.status()).isEqualTo(DeviceStatus.ONLINE);
      assertThat(scanner.source()).isEqualTo(ScanSource.CAMERA);

      CodeImages.write(
          CodeImages.draw(BarcodeFormat.CODE_128, "KSK-0002", 300, 100),
          folder.resolve("0003.png"));
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(scans)
                      .endsWith(new ScanResult.Decoded("KSK-0002", Symbology.CODE_128)));
    }
  }

  @Test
  void passesTheSameCodeOnceWithinTheRepeatWindow() throws Exception {
    for (int i = 1; i <= 3; i++) {
      CodeImages.write(
          CodeImages.draw(BarcodeFormat.QR_CODE, "SAME", 200, 200), folder.resolve(i + ".png"));
    }
    List<ScanResult> scans = new CopyOnWriteArrayList<>();
    BarcodeScannerConfig config =
        BarcodeScannerConfig.defaults("barcode").withRepeatWindow(Duration.ofMinutes(1));
    FolderCamera camera = new FolderCamera(folder, false, Duration.ZERO);
    try (CameraBarcodeScanner scanner = new CameraBarcodeScanner(camera, config)) {
      scanner.addScanListener(scans::add);
      scanner.open();
      CodeImages.write(
          CodeImages.draw(BarcodeFormat.QR_CODE, "OTHER", 200, 200), folder.resolve("4.png"));

      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(scans)
                      .containsExactly(
                          new ScanResult.Decoded("SAME", Symbology.QR_CODE),
                          new ScanResult.Decoded("OTHER", Symbology.QR_CODE)));
    }
  }

  @Test
  void reportsNoDeviceWhileTheFolderIsMissing() throws Exception {
    try (CameraBarcodeScanner scanner =
        new CameraBarcodeScanner(
            new FolderCamera(folder.resolve("absent"), false, Duration.ZERO),
            BarcodeScannerConfig.defaults("barcode"))) {
      scanner.open();

      await().atMost(Duration.ofSeconds(5)).until(() -> scanner.status() == DeviceStatus.NO_DEVICE);
      assertThat(scanner.selfTest().passed()).isFalse();

      java.nio.file.Files.createDirectory(folder.resolve("absent"));
      await().atMost(Duration.ofSeconds(10)).until(() -> scanner.status() == DeviceStatus.ONLINE);
      assertThat(scanner.selfTest().passed()).isTrue();
    }
  }
}
