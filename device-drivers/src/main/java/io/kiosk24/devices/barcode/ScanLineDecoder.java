package io.kiosk24.devices.barcode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts the byte stream of a serial scanner into lines and turns each line into a {@link
 * ScanResult}: the codec of {@link SerialBarcodeScanner}, pure and without I/O.
 *
 * <p>A line ends with the configured {@link LineSuffix}. CR and LF left over at either end of a
 * line are dropped, so a scanner that sends CRLF still reads well when CR or LF is configured (the
 * reverse is not true: with CRLF configured, a scanner sending CR alone never ends a line). Empty
 * lines are dropped. A line longer than {@code maxLength} bytes gives one {@link
 * ScanResult.Reason#TOO_LONG} and everything up to its suffix is discarded. With {@code aimIds}, an
 * AIM symbology identifier ({@code ]Q1}) at the start of a line is read and removed.
 *
 * <p>Not thread-safe: one decoder per stream.
 */
public final class ScanLineDecoder {

  private final LineSuffix suffix;
  private final int maxLength;
  private final Charset charset;
  private final boolean aimIds;
  private final byte[] line;
  private int count;
  private boolean discarding;

  /**
   * @param maxLength the longest line in bytes, suffix not counted; at least 1
   */
  public ScanLineDecoder(LineSuffix suffix, int maxLength, Charset charset, boolean aimIds) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, not " + maxLength);
    }
    this.suffix = Objects.requireNonNull(suffix, "suffix");
    this.charset = Objects.requireNonNull(charset, "charset");
    this.maxLength = maxLength;
    this.aimIds = aimIds;
    this.line = new byte[maxLength + suffix.length()];
  }

  /** Feeds bytes as they came off the line; returns the results of every line they completed. */
  public List<ScanResult> feed(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    List<ScanResult> results = new ArrayList<>(1);
    for (int i = offset; i < offset + length; i++) {
      ScanResult result = accept(bytes[i]);
      if (result != null) {
        results.add(result);
      }
    }
    return results;
  }

  /** {@link #feed(byte[], int, int)} over the whole array. */
  public List<ScanResult> feed(byte[] bytes) {
    return feed(bytes, 0, bytes.length);
  }

  /** Forgets a partly received line, as after reconnecting. */
  public void reset() {
    count = 0;
    discarding = false;
  }

  private ScanResult accept(byte b) {
    line[count++] = b;
    if (endsWithSuffix()) {
      int contentLength = count - suffix.length();
      boolean wasDiscarding = discarding;
      count = 0;
      discarding = false;
      return wasDiscarding ? null : decode(contentLength);
    }
    if (discarding) {
      if (count == suffix.length()) {
        // Keep only what could be the start of the suffix.
        System.arraycopy(line, 1, line, 0, count - 1);
        count--;
      }
      return null;
    }
    if (count == line.length) {
      int keep = suffix.length() - 1;
      System.arraycopy(line, count - keep, line, 0, keep);
      count = keep;
      discarding = true;
      return new ScanResult.Rejected(
          ScanResult.Reason.TOO_LONG,
          "A line ran past " + maxLength + " bytes without its " + suffix + " suffix.");
    }
    return null;
  }

  private boolean endsWithSuffix() {
    int n = suffix.length();
    if (count < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (line[count - n + i] != suffix.at(i)) {
        return false;
      }
    }
    return true;
  }

  private ScanResult decode(int length) {
    int start = 0;
    int end = length;
    while (start < end && isLineEnd(line[start])) {
      start++;
    }
    while (end > start && isLineEnd(line[end - 1])) {
      end--;
    }
    Symbology symbology = Symbology.UNKNOWN;
    if (aimIds && end - start >= 3 && line[start] == ']') {
      symbology = Symbology.ofAimLetter((char) (line[start + 1] & 0xFF)).orElse(Symbology.UNKNOWN);
      start += 3;
    }
    if (start == end) {
      return null;
    }
    String text;
    try {
      text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(line, start, end - start))
              .toString();
    } catch (CharacterCodingException e) {
      return new ScanResult.Rejected(
          ScanResult.Reason.BAD_ENCODING,
          "A line of " + (end - start) + " bytes is not valid " + charset.name() + ".");
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isPrintable(cp)) {
        return new ScanResult.Rejected(
            ScanResult.Reason.NON_PRINTABLE,
            String.format(
                "A line of %d bytes holds the unprintable character U+%04X.", end - start, cp));
      }
      i += Character.charCount(cp);
    }
    return new ScanResult.Decoded(text, symbology);
  }

  private static boolean isLineEnd(byte b) {
    return b == '\r' || b == '\n';
  }

  /** Whether a decoded code point may appear in a scan: no controls, nothing unassigned. */
  static boolean isPrintable(int codePoint) {
    int type = Character.getType(codePoint);
    return !Character.isISOControl(codePoint)
        && type != Character.UNASSIGNED
        && type != Character.SURROGATE
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR;
  }
}
