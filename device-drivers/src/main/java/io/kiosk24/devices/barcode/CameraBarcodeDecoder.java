package io.kiosk24.devices.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Reader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.MultiFormatOneDReader;
import com.google.zxing.pdf417.PDF417Reader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds and decodes one QR code, PDF417 or Code 128 in a camera frame with ZXing, trying hard
 * ({@link DecodeHintType#TRY_HARDER}): first with the local-contrast binarizer that suits uneven
 * light, then with the global one that suits low-resolution frames. A frame without a code gives
 * {@link ScanResult.NoCode}; a code that is found but does not decode gives {@link
 * ScanResult.Reason#UNREADABLE}.
 *
 * <p>Thread-safe; one decode at a time.
 */
public final class CameraBarcodeDecoder {

  private static final List<BarcodeFormat> FORMATS =
      List.of(BarcodeFormat.QR_CODE, BarcodeFormat.PDF_417, BarcodeFormat.CODE_128);
  private static final List<Function<LuminanceSource, Binarizer>> BINARIZERS =
      List.of(HybridBinarizer::new, GlobalHistogramBinarizer::new);

  private final Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
  private final List<Reader> readers;

  /** A decoder that reads a QR code without an ECI marker as UTF-8. */
  public CameraBarcodeDecoder() {
    this(StandardCharsets.UTF_8);
  }

  /**
   * @param charset how to read a QR code's bytes when the code does not say (no ECI); ZXing would
   *     otherwise guess, and it guesses short Chinese UTF-8 text as Shift_JIS
   */
  public CameraBarcodeDecoder(Charset charset) {
    hints.put(DecodeHintType.POSSIBLE_FORMATS, FORMATS);
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    hints.put(DecodeHintType.CHARACTER_SET, charset.name());
    // Each reader on its own rather than ZXing's MultiFormatReader, which reports a damaged code
    // as no code at all.
    readers = List.of(new QRCodeReader(), new PDF417Reader(), new MultiFormatOneDReader(hints));
  }

  /** Decodes the code in {@code frame}, if there is one. */
  public synchronized ScanResult decode(BufferedImage frame) {
    LuminanceSource luminance = new BufferedImageLuminanceSource(frame);
    ScanResult outcome = new ScanResult.NoCode();
    for (Function<LuminanceSource, Binarizer> binarizer : BINARIZERS) {
      BinaryBitmap bitmap = new BinaryBitmap(binarizer.apply(luminance));
      for (Reader reader : readers) {
        try {
          Result result = reader.decode(bitmap, hints);
          return new ScanResult.Decoded(result.getText(), symbology(result.getBarcodeFormat()));
        } catch (NotFoundException e) {
          // not this kind of code, or not found with this binarizer
        } catch (ChecksumException | FormatException e) {
          outcome =
              new ScanResult.Rejected(
                  ScanResult.Reason.UNREADABLE,
                  "A code was found in the frame but could not be decoded ("
                      + e.getClass().getSimpleName()
                      + ").");
        } finally {
          reader.reset();
        }
      }
    }
    return outcome;
  }

  private static Symbology symbology(BarcodeFormat format) {
    return switch (format) {
      case QR_CODE -> Symbology.QR_CODE;
      case PDF_417 -> Symbology.PDF_417;
      case CODE_128 -> Symbology.CODE_128;
      default -> Symbology.UNKNOWN;
    };
  }
}
