package io.kiosk24.devices.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import javax.imageio.ImageIO;

/** Draws codes with ZXing's own writers, as a camera would see them on a white page. */
final class CodeImages {

  private CodeImages() {}

  static BufferedImage draw(BarcodeFormat format, String text, int width, int height) {
    try {
      Map<EncodeHintType, Object> hints =
          Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4);
      return onPage(
          MatrixToImageWriter.toBufferedImage(
              new MultiFormatWriter().encode(text, format, width, height, hints)));
    } catch (WriterException e) {
      throw new IllegalStateException(e);
    }
  }

  static BufferedImage blank(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  /** Places the code off-centre on a larger page, so the decoder has to find it. */
  private static BufferedImage onPage(BufferedImage code) {
    BufferedImage page = blank(code.getWidth() + 160, code.getHeight() + 120);
    Graphics2D g = page.createGraphics();
    g.drawImage(code, 100, 40, null);
    g.dispose();
    return page;
  }

  /** Writes a PNG under a temporary name and renames it, as a camera folder should be fed. */
  static Path write(BufferedImage image, Path file) throws IOException {
    Path part = file.resolveSibling(file.getFileName() + ".part");
    ImageIO.write(image, "png", part.toFile());
    return Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
  }
}
