package io.kiosk24.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscPosTest {

  private static String hex(EscPos pos) {
    return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(pos.toByteArray());
  }

  private static String build(String command) {
    UnaryOperator<EscPos> op =
        switch (command) {
          case "init" -> EscPos::init;
          case "chinese" -> EscPos::chineseMode;
          case "left" -> p -> p.align(EscPos.Align.LEFT);
          case "center" -> p -> p.align(EscPos.Align.CENTER);
          case "right" -> p -> p.align(EscPos.Align.RIGHT);
          case "bold" -> p -> p.bold(true);
          case "plain" -> p -> p.bold(false);
          case "size11" -> p -> p.size(1, 1);
          case "size22" -> p -> p.size(2, 2);
          case "size83" -> p -> p.size(8, 3);
          case "feed3" -> p -> p.feed(3);
          case "newline" -> EscPos::newline;
          case "cut" -> EscPos::cut;
          case "partial" -> EscPos::partialCut;
          case "feedcut" -> p -> p.feedAndCut(5);
          case "ascii" -> p -> p.line("OK 1");
          case "chinese-text" -> p -> p.chineseMode().text("中文");
          default -> throw new IllegalArgumentException(command);
        };
    return hex(op.apply(new EscPos()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
          init,         1B 40
          chinese,      1C 26
          left,         1B 61 00
          center,       1B 61 01
          right,        1B 61 02
          bold,         1B 45 01
          plain,        1B 45 00
          size11,       1D 21 00
          size22,       1D 21 11
          size83,       1D 21 72
          feed3,        1B 64 03
          newline,      0A
          cut,          1D 56 00
          partial,      1D 56 01
          feedcut,      1D 56 42 05
          ascii,        4F 4B 20 31 0A
          chinese-text, 1C 26 D6 D0 CE C4
          """)
  void encodesEachCommandAsTheReferenceSays(String command, String bytes) {
    assertThat(build(command)).isEqualTo(bytes);
  }

  @Test
  void encodesQrAsModelSizeLevelStorePrint() {
    EscPos pos = new EscPos().qr("AB", 6, EscPos.QrErrorLevel.M);
    assertThat(hex(pos))
        .isEqualTo(
            "1D 28 6B 04 00 31 41 32 00 "
                + "1D 28 6B 03 00 31 43 06 "
                + "1D 28 6B 03 00 31 45 31 "
                + "1D 28 6B 05 00 31 50 30 41 42 "
                + "1D 28 6B 03 00 31 51 30");
  }

  @Test
  void storesQrPayloadAsUtf8WithTwoByteLength() {
    String payload = "号".repeat(100); // 300 bytes in UTF-8, so pL pH = 303 = 0x012F
    byte[] bytes = new EscPos().qr(payload, 4, EscPos.QrErrorLevel.L).toByteArray();
    String all = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    assertThat(all).contains("1D 28 6B 2F 01 31 50 30 E5 8F B7");
  }

  @Test
  void encodesImageAsOneBitRasterWithMostSignificantBitLeft() {
    BufferedImage image = new BufferedImage(10, 2, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 10; x++) {
      image.setRGB(x, 0, Color.WHITE.getRGB());
      image.setRGB(x, 1, Color.WHITE.getRGB());
    }
    for (int x = 0; x < 4; x++) {
      image.setRGB(x, 0, Color.BLACK.getRGB());
    }
    image.setRGB(9, 1, Color.BLACK.getRGB());
    assertThat(hex(new EscPos().image(image, false)))
        .isEqualTo("1D 76 30 00 02 00 02 00 F0 00 00 40");
  }

  @Test
  void splitsTallImagesIntoBandsOf255Rows() {
    BufferedImage image = new BufferedImage(8, 300, BufferedImage.TYPE_BYTE_GRAY);
    byte[] bytes = new EscPos().image(image, true).toByteArray();
    assertThat(bytes).hasSize(8 + 255 + 8 + 45);
    assertThat(HexFormat.of().formatHex(bytes, 0, 8)).isEqualTo("1d7630000100ff00");
    assertThat(HexFormat.of().formatHex(bytes, 263, 271)).isEqualTo("1d76300001002d00");
  }

  @Test
  void dithersMidGreyIntoAMixOfBlackAndWhite() {
    BufferedImage grey = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 16; y++) {
      for (int x = 0; x < 16; x++) {
        grey.setRGB(x, y, new Color(128, 128, 128).getRGB());
      }
    }
    byte[] plain = new EscPos().image(grey, false).toByteArray();
    byte[] dithered = new EscPos().image(grey, true).toByteArray();
    int plainBlack = blackDots(plain);
    int ditheredBlack = blackDots(dithered);
    assertThat(plainBlack).isZero();
    assertThat(ditheredBlack).isBetween(96, 160);
  }

  private static int blackDots(byte[] raster) {
    int count = 0;
    for (int i = 8; i < raster.length; i++) {
      count += Integer.bitCount(raster[i] & 0xFF);
    }
    return count;
  }

  @Test
  void refusesControlCharactersInText() {
    assertThatThrownBy(() -> new EscPos().text("name\u001B@"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+001B");
  }

  @Test
  void refusesChineseTextOutsideChineseMode() {
    assertThatThrownBy(() -> new EscPos().init().text("中"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesSizesOutsideOneToEight() {
    assertThatThrownBy(() -> new EscPos().size(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EscPos().size(1, 9)).isInstanceOf(IllegalArgumentException.class);
  }
}
