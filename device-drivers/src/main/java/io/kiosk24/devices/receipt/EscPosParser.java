package io.kiosk24.devices.receipt;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an ESC/POS byte stream into {@link EscPosElement}s, knowing the commands in {@link
 * EscPosCommand}. Feed it bytes as they arrive: a command split across reads waits for its rest.
 * Not thread-safe.
 */
final class EscPosParser {

  /** Text is handed on in pieces of at most this many bytes even without a line feed. */
  static final int MAX_TEXT_RUN = 64 * 1024;

  private static final Charset SINGLE_BYTE = singleByteCharset();

  private byte[] buffer = new byte[4096];
  private int length;
  private long consumed;
  private boolean chinese;

  /**
   * Reads all of {@code bytes} as one complete stream.
   *
   * @throws EscPosException at the first byte that starts no valid command, or when the stream ends
   *     inside a command
   */
  static List<EscPosElement> parse(byte[] bytes) throws EscPosException {
    EscPosParser parser = new EscPosParser();
    List<EscPosElement> out = new ArrayList<>();
    int p = 0;
    while (p < bytes.length) {
      Step step = parser.next(bytes, p, bytes.length, true, p);
      out.add(step.element);
      p += step.length;
    }
    return List.copyOf(out);
  }

  /**
   * Adds bytes and returns every element now complete. Never throws: bytes that make no valid
   * command come back as {@link EscPosElement.Rejected}, and reading resumes one byte later.
   */
  List<EscPosElement> feed(byte[] data, int offset, int count) {
    if (length + count > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
    }
    System.arraycopy(data, offset, buffer, length, count);
    length += count;
    List<EscPosElement> out = new ArrayList<>();
    int p = 0;
    while (p < length) {
      Step step;
      try {
        step = next(buffer, p, length, false, consumed + p);
      } catch (EscPosException e) {
        out.add(new EscPosElement.Rejected(e));
        p++;
        continue;
      }
      if (step == null) {
        break;
      }
      out.add(step.element);
      p += step.length;
    }
    System.arraycopy(buffer, p, buffer, 0, length - p);
    length -= p;
    consumed += p;
    return out;
  }

  /** Number of bytes held back waiting for the rest of a command or of a text line. */
  int pending() {
    return length;
  }

  private record Step(EscPosElement element, int length) {}

  /** The element at {@code p}, or null when more bytes are needed (only if not {@code atEnd}). */
  private Step next(byte[] b, int p, int end, boolean atEnd, long position) throws EscPosException {
    int first = b[p] & 0xFF;
    if (first >= 0x20) {
      int q = p;
      while (q < end && (b[q] & 0xFF) >= 0x20 && q - p < MAX_TEXT_RUN) {
        q++;
      }
      if (q == end && !atEnd && q - p < MAX_TEXT_RUN) {
        return null;
      }
      String text = new String(b, p, q - p, chinese ? EscPos.GB18030 : SINGLE_BYTE);
      return new Step(new EscPosElement.Text(text), q - p);
    }
    EscPosCommand partial = null;
    for (EscPosCommand command : EscPosCommand.values()) {
      if (command.prefixMatches(b, p, end)) {
        return body(command, b, p, end, atEnd, position);
      }
      if (partial == null && command.prefixBegins(b, p, end)) {
        partial = command;
      }
    }
    if (partial != null) {
      return needMore(atEnd, position, "the stream ended inside a command prefix");
    }
    throw new EscPosException(
        "Unknown ESC/POS command "
            + hex(b, p, Math.min(end, p + 2))
            + " at byte "
            + position
            + ": a printer would skip or misread what follows");
  }

  private Step body(EscPosCommand command, byte[] b, int p, int end, boolean atEnd, long position)
      throws EscPosException {
    int q = p + command.prefixLength();
    int available = end - q;
    switch (command.shape()) {
      case FIXED -> {
        int n = command.parameters();
        if (available < n) {
          return needMore(atEnd, position, command + " needs " + n + " parameter bytes");
        }
        List<Integer> params = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          params.add(b[q + i] & 0xFF);
        }
        switch (command) {
          case INIT, CHINESE_OFF -> chinese = false;
          case CHINESE_ON -> chinese = true;
          default -> {}
        }
        return new Step(new EscPosElement.Control(command, params), q + n - p);
      }
      case SYMBOL -> {
        if (available < 2) {
          return needMore(atEnd, position, "GS ( k needs pL pH");
        }
        int size = (b[q] & 0xFF) | (b[q + 1] & 0xFF) << 8;
        if (size < 2) {
          throw new EscPosException(
              "GS ( k at byte " + position + " declares " + size + " bytes; cn and fn need 2");
        }
        if (available < 2 + size) {
          return needMore(atEnd, position, "GS ( k declares " + size + " bytes");
        }
        byte[] data = Arrays.copyOfRange(b, q + 4, q + 2 + size);
        return new Step(
            new EscPosElement.Symbol(b[q + 2] & 0xFF, b[q + 3] & 0xFF, data), q + 2 + size - p);
      }
      case RASTER -> {
        if (available < 5) {
          return needMore(atEnd, position, "GS v 0 needs m xL xH yL yH");
        }
        int m = b[q] & 0xFF;
        int widthBytes = (b[q + 1] & 0xFF) | (b[q + 2] & 0xFF) << 8;
        int rows = (b[q + 3] & 0xFF) | (b[q + 4] & 0xFF) << 8;
        if (!(m <= 3 || (m >= 48 && m <= 51))) {
          throw new EscPosException("GS v 0 at byte " + position + " has mode " + m);
        }
        if (widthBytes < 1
            || widthBytes > EscPosCommand.MAX_RASTER_WIDTH_BYTES
            || rows < 1
            || rows > EscPosCommand.MAX_RASTER_ROWS) {
          throw new EscPosException(
              "GS v 0 at byte "
                  + position
                  + " declares "
                  + widthBytes
                  + " bytes x "
                  + rows
                  + " rows; expected 1-"
                  + EscPosCommand.MAX_RASTER_WIDTH_BYTES
                  + " x 1-"
                  + EscPosCommand.MAX_RASTER_ROWS);
        }
        int size = widthBytes * rows;
        if (available < 5 + size) {
          return needMore(atEnd, position, "GS v 0 declares " + size + " bytes of image");
        }
        byte[] data = Arrays.copyOfRange(b, q + 5, q + 5 + size);
        return new Step(new EscPosElement.Raster(m & 3, widthBytes, rows, data), q + 5 + size - p);
      }
      default -> {
        if (available < 1) {
          return needMore(atEnd, position, "GS V needs m");
        }
        int m = b[q] & 0xFF;
        switch (m) {
          case 0, 1, 48, 49 -> {
            return new Step(new EscPosElement.Cut(m, -1), q + 1 - p);
          }
          case 65, 66, 97, 98, 103, 104 -> {
            if (available < 2) {
              return needMore(atEnd, position, "GS V " + m + " needs n");
            }
            return new Step(new EscPosElement.Cut(m, b[q + 1] & 0xFF), q + 2 - p);
          }
          default ->
              throw new EscPosException("GS V at byte " + position + " has unknown mode " + m);
        }
      }
    }
  }

  private static Step needMore(boolean atEnd, long position, String what) throws EscPosException {
    if (atEnd) {
      throw new EscPosException("Stream ends inside the command at byte " + position + ": " + what);
    }
    return null;
  }

  private static String hex(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.format("%02X", b[i] & 0xFF));
    }
    return sb.toString();
  }

  private static Charset singleByteCharset() {
    try {
      return Charset.forName("IBM437");
    } catch (IllegalArgumentException e) {
      return StandardCharsets.ISO_8859_1;
    }
  }
}
