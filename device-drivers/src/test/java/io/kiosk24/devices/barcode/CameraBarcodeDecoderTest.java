package io.kiosk24.devices.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CameraBarcodeDecoderTest {

  private final CameraBarcodeDecoder decoder = new CameraBarcodeDecoder();

  static Stream<Arguments> codes() {
    return Stream.of(
        Arguments.of(
            BarcodeFormat.QR_CODE, "粤省事身份码 广东省佛山市南海区 No.0042", 300, 300, Symbology.QR_CODE),
        Arguments.of(BarcodeFormat.QR_CODE, "佛山", 200, 200, Symbology.QR_CODE),
        Arguments.of(
            BarcodeFormat.PDF_417, "KIOSK24 PDF417 RECEIPT 2024-0001", 400, 150, Symbology.PDF_417),
        Arguments.of(BarcodeFormat.CODE_128, "KSK-2024-000123", 400, 120, Symbology.CODE_128));
  }

  @ParameterizedTest
  @MethodSource("codes")
  void decodesCodesDrawnByZxingsWriters(
      BarcodeFormat format, String text, int width, int height, Symbology symbology) {
    BufferedImage frame = CodeImages.draw(format, text, width, height);

    assertThat(decoder.decode(frame)).isEqualTo(new ScanResult.Decoded(text, symbology));
  }

  @Test
  void findsAQrCodeInAGreyLowContrastFrame() {
    BufferedImage code = CodeImages.draw(BarcodeFormat.QR_CODE, "粤智助", 240, 240);
    BufferedImage grey =
        new BufferedImage(code.getWidth(), code.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < code.getHeight(); y++) {
      for (int x = 0; x < code.getWidth(); x++) {
        int v = (code.getRGB(x, y) & 0xFF) > 128 ? 170 : 90;
        grey.getRaster().setSample(x, y, 0, v);
      }
    }

    assertThat(decoder.decode(grey)).isEqualTo(new ScanResult.Decoded("粤智助", Symbology.QR_CODE));
  }

  @Test
  void aBlankFrameHasNoCode() {
    assertThat(decoder.decode(CodeImages.blank(640, 480))).isEqualTo(new ScanResult.NoCode());
  }

  @Test
  void aFrameOfNoiseHasNoCode() {
    BufferedImage image = CodeImages.blank(320, 240);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLACK);
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 300; i++) {
      g.fillRect(random.nextInt(320), random.nextInt(240), 3, 3);
    }
    g.dispose();

    assertThat(decoder.decode(image))
        .isInstanceOfAny(ScanResult.NoCode.class, ScanResult.Rejected.class);
  }
}
