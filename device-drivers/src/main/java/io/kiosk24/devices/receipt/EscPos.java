package io.kiosk24.devices.receipt;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Builds an ESC/POS byte stream: text, styles, QR codes, raster images and cuts. Pure: nothing is
 * sent anywhere, {@link #toByteArray()} hands the bytes over. Not thread-safe.
 *
 * <p>Text is encoded in GB18030 after {@link #chineseMode()}; before it only ASCII is accepted,
 * since the printer would read any other byte in its single-byte code page.
 */
public final class EscPos {

  /** The GB18030 charset, in which a printer in Chinese mode reads text. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  /** The most rows one {@code GS v 0} band carries; taller images go as several bands. */
  static final int MAX_BAND_ROWS = 255;

  /** The most bytes a QR symbol may store ({@code GS ( k} fn 80). */
  static final int MAX_QR_BYTES = 7089;

  /** Horizontal justification, {@code ESC a n}. */
  public enum Align {
    LEFT(0),
    CENTER(1),
    RIGHT(2);

    final int code;

    Align(int code) {
      this.code = code;
    }
  }

  /** QR error correction level, {@code GS ( k} fn 69: recovers about 7, 15, 25 or 30 %. */
  public enum QrErrorLevel {
    L(48),
    M(49),
    Q(50),
    H(51);

    final int code;

    QrErrorLevel(int code) {
      this.code = code;
    }
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private boolean chinese;

  /** {@code ESC @}: resets the printer's modes; Chinese mode is off again afterwards. */
  public EscPos init() {
    chinese = false;
    return command(EscPosCommand.INIT);
  }

  /** {@code FS &}: Chinese character mode; following text is encoded in GB18030. */
  public EscPos chineseMode() {
    chinese = true;
    return command(EscPosCommand.CHINESE_ON);
  }

  /** {@code ESC a n}; takes effect at the start of a line. */
  public EscPos align(Align align) {
    return command(EscPosCommand.ALIGN, align.code);
  }

  /** {@code ESC E n}. */
  public EscPos bold(boolean on) {
    return command(EscPosCommand.BOLD, on ? 1 : 0);
  }

  /** {@code GS ! n}: character magnification, each 1 to 8. */
  public EscPos size(int width, int height) {
    if (width < 1 || width > 8 || height < 1 || height > 8) {
      throw new IllegalArgumentException(
          "Character size must be 1 to 8 in each direction, not " + width + "x" + height);
    }
    return command(EscPosCommand.SIZE, (width - 1) << 4 | (height - 1));
  }

  /**
   * Text without a line break. Control characters are refused, so text taken from a form can never
   * smuggle a command to the printer.
   */
  public EscPos text(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        throw new IllegalArgumentException(
            "Receipt text may not contain control character U+" + String.format("%04X", (int) c));
      }
      if (c >= 0x80 && !chinese) {
        throw new IllegalStateException("Text beyond ASCII needs chineseMode() first");
      }
    }
    out.writeBytes(text.getBytes(chinese ? GB18030 : StandardCharsets.US_ASCII));
    return this;
  }

  /** {@code LF}: prints the line buffer and moves to the next line. */
  public EscPos newline() {
    return command(EscPosCommand.LINE_FEED);
  }

  /** Text followed by {@code LF}. */
  public EscPos line(String text) {
    return text(text).newline();
  }

  /** {@code ESC d n}: prints the buffer and feeds n lines (0 to 255). */
  public EscPos feed(int lines) {
    return command(EscPosCommand.FEED_LINES, lines);
  }

  /**
   * Prints a QR code with the printer's own encoder: {@code GS ( k} model 2, module size, error
   * level, store (payload in UTF-8), print.
   *
   * @param moduleSize dots per module, 1 to 16
   */
  public EscPos qr(String payload, int moduleSize, QrErrorLevel level) {
    if (moduleSize < 1 || moduleSize > 16) {
      throw new IllegalArgumentException("QR module size must be 1 to 16 dots, not " + moduleSize);
    }
    byte[] data = payload.getBytes(StandardCharsets.UTF_8);
    if (data.length == 0 || data.length > MAX_QR_BYTES) {
      throw new IllegalArgumentException(
          "QR payload must be 1 to " + MAX_QR_BYTES + " bytes, not " + data.length);
    }
    symbol(EscPosCommand.QR_MODEL, 50, 0);
    symbol(EscPosCommand.QR_MODULE_SIZE, moduleSize);
    symbol(EscPosCommand.QR_ERROR_LEVEL, level.code);
    int length = data.length + 3;
    out.writeBytes(
        EscPosCommand.SYMBOL.with(
            length & 0xFF, length >> 8, EscPosCommand.QR, EscPosCommand.QR_STORE, 0x30));
    out.writeBytes(data);
    return symbol(EscPosCommand.QR_PRINT, 0x30);
  }

  private EscPos symbol(int function, int... params) {
    int[] all = new int[4 + params.length];
    int length = 2 + params.length;
    all[0] = length & 0xFF;
    all[1] = length >> 8;
    all[2] = EscPosCommand.QR;
    all[3] = function;
    System.arraycopy(params, 0, all, 4, params.length);
    return command(EscPosCommand.SYMBOL, all);
  }

  /**
   * Prints an image as 1-bit raster ({@code GS v 0}), in bands of at most 255 rows. A pixel is
   * black when its luminance is below half; transparent pixels count as white.
   *
   * @param dither spread the rounding error (Floyd–Steinberg), better for photos and logos with
   *     shading; off for line art and text
   */
  public EscPos image(BufferedImage image, boolean dither) {
    int width = image.getWidth();
    int height = image.getHeight();
    int widthBytes = (width + 7) / 8;
    if (widthBytes > EscPosCommand.MAX_RASTER_WIDTH_BYTES) {
      throw new IllegalArgumentException("Image is " + width + " dots wide; at most 2040 fit");
    }
    boolean[][] black = threshold(image, dither);
    for (int top = 0; top < height; top += MAX_BAND_ROWS) {
      int rows = Math.min(MAX_BAND_ROWS, height - top);
      out.writeBytes(
          EscPosCommand.RASTER.with(0, widthBytes & 0xFF, widthBytes >> 8, rows & 0xFF, rows >> 8));
      byte[] band = new byte[widthBytes * rows];
      for (int y = 0; y < rows; y++) {
        for (int x = 0; x < width; x++) {
          if (black[top + y][x]) {
            band[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
          }
        }
      }
      out.writeBytes(band);
    }
    return this;
  }

  private static boolean[][] threshold(BufferedImage image, boolean dither) {
    int width = image.getWidth();
    int height = image.getHeight();
    float[][] light = new float[height][width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int argb = image.getRGB(x, y);
        float alpha = (argb >>> 24) / 255f;
        float luma =
            0.299f * ((argb >> 16) & 0xFF) + 0.587f * ((argb >> 8) & 0xFF) + 0.114f * (argb & 0xFF);
        light[y][x] = luma * alpha + 255f * (1 - alpha);
      }
    }
    boolean[][] black = new boolean[height][width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float old = light[y][x];
        boolean dark = old < 128f;
        black[y][x] = dark;
        if (dither) {
          float error = old - (dark ? 0f : 255f);
          spread(light, x + 1, y, error * 7 / 16);
          spread(light, x - 1, y + 1, error * 3 / 16);
          spread(light, x, y + 1, error * 5 / 16);
          spread(light, x + 1, y + 1, error / 16);
        }
      }
    }
    return black;
  }

  private static void spread(float[][] light, int x, int y, float error) {
    if (y < light.length && x >= 0 && x < light[y].length) {
      light[y][x] += error;
    }
  }

  /** {@code GS V 0}: full cut where the paper is now. */
  public EscPos cut() {
    return command(EscPosCommand.CUT, 0x00);
  }

  /** {@code GS V 1}: partial cut, leaving one point attached. */
  public EscPos partialCut() {
    return command(EscPosCommand.CUT, 0x01);
  }

  /**
   * {@code GS V B n}: feeds the paper to the cutter plus n lines' worth of motion units, then cuts
   * partially; the usual end of a receipt, so the last line clears the cutter.
   */
  public EscPos feedAndCut(int n) {
    return command(EscPosCommand.CUT, 0x42, n);
  }

  /** Raw bytes for commands this builder does not cover. */
  public EscPos raw(byte[] bytes) {
    out.writeBytes(bytes);
    return this;
  }

  private EscPos command(EscPosCommand command, int... params) {
    out.writeBytes(command.with(params));
    return this;
  }

  /** The bytes built so far. */
  public byte[] toByteArray() {
    return out.toByteArray();
  }
}
