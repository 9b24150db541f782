package io.kiosk24.devices.receipt;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paints what an ESC/POS printer would print, element by element, and hands over one image per cut.
 * Text is laid out on the printer's grid: 12 dots a column, a Chinese character two columns, 24
 * dots high, 30 dots a line. Not thread-safe.
 */
final class ReceiptCanvas {

  private static final Logger LOG = LoggerFactory.getLogger(ReceiptCanvas.class);

  static final int LINE_HEIGHT = 30;
  static final int CHARACTER_HEIGHT = 24;
  static final int MARGIN = 12;
  private static final String CJK_FAMILY = "Noto Sans CJK SC";
  private static final Font BASE_FONT = baseFont();

  private interface Block {
    int height();

    void paint(Graphics2D g, int top);
  }

  private record Glyph(int codePoint, boolean bold, int width, int height) {}

  private final PaperWidth paper;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Glyph> line = new ArrayList<>();
  private int lineAlign;
  private int align;
  private boolean bold;
  private int widthMag = 1;
  private int heightMag = 1;
  private int qrModule = 3;
  private ErrorCorrectionLevel qrLevel = ErrorCorrectionLevel.L;
  private byte[] qrData;
  private boolean inked;

  ReceiptCanvas(PaperWidth paper) {
    this.paper = paper;
  }

  /** Applies one element; returns the finished receipt on a cut after anything was printed. */
  BufferedImage accept(EscPosElement element) {
    if (element instanceof EscPosElement.Text t) {
      t.text().codePoints().forEach(this::addGlyph);
    } else if (element instanceof EscPosElement.Control c) {
      control(c);
    } else if (element instanceof EscPosElement.Symbol s) {
      symbol(s);
    } else if (element instanceof EscPosElement.Raster r) {
      raster(r);
    } else if (element instanceof EscPosElement.Cut) {
      return cut();
    }
    return null;
  }

  private void control(EscPosElement.Control c) {
    switch (c.command()) {
      case LINE_FEED -> printLine(true);
      case INIT -> {
        line.clear();
        align = 0;
        bold = false;
        widthMag = 1;
        heightMag = 1;
        qrModule = 3;
        qrLevel = ErrorCorrectionLevel.L;
        qrData = null;
      }
      case ALIGN -> align = Math.min(c.parameter(0) & 0x03, 2);
      case BOLD -> bold = (c.parameter(0) & 1) == 1;
      case SIZE -> {
        widthMag = ((c.parameter(0) >> 4) & 7) + 1;
        heightMag = (c.parameter(0) & 7) + 1;
      }
      case PRINT_MODE -> {
        bold = (c.parameter(0) & 0x08) != 0;
        heightMag = (c.parameter(0) & 0x10) != 0 ? 2 : 1;
        widthMag = (c.parameter(0) & 0x20) != 0 ? 2 : 1;
      }
      case FEED_LINES -> {
        printLine(false);
        blank(c.parameter(0) * LINE_HEIGHT);
      }
      case FEED_DOTS -> {
        printLine(false);
        blank(c.parameter(0));
      }
      default -> {}
    }
  }

  private void addGlyph(int codePoint) {
    if (line.isEmpty()) {
      lineAlign = align;
    }
    int columns = ColumnText.columns(codePoint);
    int used = line.stream().mapToInt(g -> g.width).sum();
    int width = columns * PaperWidth.dotsPerColumn() * widthMag;
    if (used + width > paper.dots()) {
      // Like the printer: a line too long for the paper goes on on the next one.
      printLine(false);
      lineAlign = align;
    }
    line.add(new Glyph(codePoint, bold, width, heightMag));
  }

  private void printLine(boolean emptyFeeds) {
    if (line.isEmpty()) {
      if (emptyFeeds) {
        blank(LINE_HEIGHT);
      }
      return;
    }
    List<Glyph> glyphs = List.copyOf(line);
    line.clear();
    int total = glyphs.stream().mapToInt(g -> g.width).sum();
    int maxHeight = glyphs.stream().mapToInt(g -> g.height).max().orElse(1);
    int x0 = offset(lineAlign, total);
    int height = maxHeight * CHARACTER_HEIGHT + (LINE_HEIGHT - CHARACTER_HEIGHT);
    inked = true;
    blocks.add(
        new Block() {
          @Override
          public int height() {
            return height;
          }

          @Override
          public void paint(Graphics2D g, int top) {
            int x = x0;
            int baseline = top + maxHeight * CHARACTER_HEIGHT - 4;
            for (Glyph glyph : glyphs) {
              int w = glyph.width / (ColumnText.columns(glyph.codePoint) * 12);
              Font font =
                  BASE_FONT
                      .deriveFont(glyph.bold ? Font.BOLD : Font.PLAIN)
                      .deriveFont(AffineTransform.getScaleInstance(w, glyph.height));
              g.setFont(font);
              g.drawString(new String(Character.toChars(glyph.codePoint)), x, baseline);
              x += glyph.width;
            }
          }
        });
  }

  private void blank(int height) {
    if (height <= 0) {
      return;
    }
    blocks.add(
        new Block() {
          @Override
          public int height() {
            return height;
          }

          @Override
          public void paint(Graphics2D g, int top) {}
        });
  }

  private int offset(int alignment, int width) {
    return switch (alignment) {
      case 1 -> Math.max(0, (paper.dots() - width) / 2);
      case 2 -> Math.max(0, paper.dots() - width);
      default -> 0;
    };
  }

  private void symbol(EscPosElement.Symbol s) {
    if (s.cn() != EscPosCommand.QR) {
      return;
    }
    byte[] d = s.data();
    switch (s.fn()) {
      case EscPosCommand.QR_MODULE_SIZE -> {
        if (d.length >= 1 && d[0] >= 1 && d[0] <= 16) {
          qrModule = d[0];
        }
      }
      case EscPosCommand.QR_ERROR_LEVEL -> {
        if (d.length >= 1) {
          qrLevel =
              switch (d[0]) {
                case 49 -> ErrorCorrectionLevel.M;
                case 50 -> ErrorCorrectionLevel.Q;
                case 51 -> ErrorCorrectionLevel.H;
                default -> ErrorCorrectionLevel.L;
              };
        }
      }
      case EscPosCommand.QR_STORE -> qrData = d.length >= 1 ? slice(d, 1) : null;
      case EscPosCommand.QR_PRINT -> printQr();
      default -> {}
    }
  }

  private static byte[] slice(byte[] d, int from) {
    byte[] out = new byte[d.length - from];
    System.arraycopy(d, from, out, 0, out.length);
    return out;
  }

  private void printQr() {
    printLine(false);
    if (qrData == null || qrData.length == 0) {
      return;
    }
    ByteMatrix matrix;
    try {
      // The printer puts the stored bytes into the symbol as they are (byte mode, no ECI):
      // ISO-8859-1 carries each byte through the String unchanged.
      matrix = Encoder.encode(new String(qrData, StandardCharsets.ISO_8859_1), qrLevel).getMatrix();
    } catch (WriterException | IllegalArgumentException e) {
      LOG.warn("Emulated printer: stored QR data cannot be encoded ({} bytes)", qrData.length);
      return;
    }
    int module = qrModule;
    int size = matrix.getWidth() * module;
    int x0 = offset(align, size);
    int margin = 2 * module;
    inked = true;
    blocks.add(
        new Block() {
          @Override
          public int height() {
            return size + 2 * margin;
          }

          @Override
          public void paint(Graphics2D g, int top) {
            for (int y = 0; y < matrix.getHeight(); y++) {
              for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y) == 1) {
                  g.fillRect(x0 + x * module, top + margin + y * module, module, module);
                }
              }
            }
          }
        });
  }

  private void raster(EscPosElement.Raster r) {
    printLine(false);
    int scaleX = (r.mode() & 1) != 0 ? 2 : 1;
    int scaleY = (r.mode() & 2) != 0 ? 2 : 1;
    int width = r.widthBytes() * 8;
    int x0 = offset(align, width * scaleX);
    inked = true;
    blocks.add(
        new Block() {
          @Override
          public int height() {
            return r.rows() * scaleY;
          }

          @Override
          public void paint(Graphics2D g, int top) {
            for (int y = 0; y < r.rows(); y++) {
              for (int x = 0; x < width; x++) {
                if (r.black(x, y)) {
                  g.fillRect(x0 + x * scaleX, top + y * scaleY, scaleX, scaleY);
                }
              }
            }
          }
        });
  }

  private BufferedImage cut() {
    printLine(false);
    if (!inked) {
      blocks.clear();
      return null;
    }
    int height = 2 * MARGIN + blocks.stream().mapToInt(Block::height).sum();
    BufferedImage image = new BufferedImage(paper.dots(), height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), height);
      g.setColor(Color.BLACK);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      int top = MARGIN;
      for (Block block : blocks) {
        block.paint(g, top);
        top += block.height();
      }
    } finally {
      g.dispose();
    }
    blocks.clear();
    inked = false;
    return image;
  }

  private static Font baseFont() {
    Font cjk = new Font(CJK_FAMILY, Font.PLAIN, 22);
    if (cjk.getFamily().equals(CJK_FAMILY) && cjk.canDisplay('中')) {
      return cjk;
    }
    LOG.info("Font {} not found; emulated receipts use the logical SansSerif font", CJK_FAMILY);
    return new Font(Font.SANS_SERIF, Font.PLAIN, 22);
  }
}
