package io.kiosk24.devices.idcard;

import java.util.Arrays;
import java.util.Optional;

/**
 * Assembles SAM frames from bytes as they trickle in from a serial port. Bytes before a header are
 * skipped (and counted); after a bad length or checksum the decoder drops one byte and looks for
 * the next header, so one corrupt frame does not poison the ones after it. Not thread-safe.
 */
public final class SamFrameDecoder {

  private byte[] buffer = new byte[2048];
  private int start;
  private int end;
  private long skipped;

  /** Appends bytes read from the port. */
  public void feed(byte[] bytes, int offset, int length) {
    if (end + length > buffer.length) {
      int live = end - start;
      if (live + length > buffer.length) {
        buffer =
            Arrays.copyOfRange(buffer, start, start + Math.max(buffer.length * 2, live + length));
      } else {
        System.arraycopy(buffer, start, buffer, 0, live);
      }
      start = 0;
      end = live;
    }
    System.arraycopy(bytes, offset, buffer, end, length);
    end += length;
  }

  /**
   * The body of the next whole frame, or empty when more bytes are needed.
   *
   * @throws SamFrameException for a frame with a bad length or checksum; that frame is dropped and
   *     the next call continues after it
   */
  public Optional<byte[]> next() throws SamFrameException {
    int header = findHeader();
    if (header < 0) {
      // Keep the last four bytes: they may be the start of a header still arriving.
      int keep = Math.min(end - start, SamCodec.HEADER.length - 1);
      skipped += (end - start) - keep;
      start = end - keep;
      return Optional.empty();
    }
    skipped += header - start;
    start = header;
    if (end - start < SamCodec.PREFIX) {
      return Optional.empty();
    }
    int len = ((buffer[start + 5] & 0xFF) << 8) | (buffer[start + 6] & 0xFF);
    if (len < SamCodec.MIN_LEN || len > SamCodec.MAX_LEN) {
      start++;
      throw new SamFrameException(
          SamFrameException.Problem.BAD_LENGTH,
          "A SAM frame announced "
              + len
              + " bytes; a valid frame has "
              + SamCodec.MIN_LEN
              + " to "
              + SamCodec.MAX_LEN
              + ".");
    }
    int total = SamCodec.PREFIX + len;
    if (end - start < total) {
      return Optional.empty();
    }
    byte expected = SamCodec.checksum(buffer, start + 5, start + total - 1);
    byte got = buffer[start + total - 1];
    if (expected != got) {
      start++;
      throw new SamFrameException(
          SamFrameException.Problem.BAD_CHECKSUM,
          String.format(
              "A SAM frame of %d bytes carries checksum %02X where its bytes give %02X.",
              total, got & 0xFF, expected & 0xFF));
    }
    byte[] body = Arrays.copyOfRange(buffer, start + SamCodec.PREFIX, start + total - 1);
    start += total;
    return Optional.of(body);
  }

  private int findHeader() {
    byte[] h = SamCodec.HEADER;
    outer:
    for (int i = start; i + h.length <= end; i++) {
      for (int j = 0; j < h.length; j++) {
        if (buffer[i + j] != h[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Bytes held that do not yet make a frame. */
  public int buffered() {
    return end - start;
  }

  /** Bytes thrown away so far because they came before any header. */
  public long skipped() {
    return skipped;
  }

  /** Forgets everything buffered, as before a new command. */
  public void clear() {
    start = 0;
    end = 0;
  }

  /** The error for "the bytes stopped before a whole frame", to throw when a wait ran out. */
  public SamFrameException incomplete() {
    if (findHeader() < 0) {
      return new SamFrameException(
          SamFrameException.Problem.NO_HEADER,
          "No SAM frame header (AA AA AA 96 69) in the "
              + (skipped + buffered())
              + " bytes received.");
    }
    int have = end - start;
    String want =
        have >= SamCodec.PREFIX
            ? String.valueOf(
                SamCodec.PREFIX + (((buffer[start + 5] & 0xFF) << 8) | (buffer[start + 6] & 0xFF)))
            : "at least " + (SamCodec.PREFIX + SamCodec.MIN_LEN);
    return new SamFrameException(
        SamFrameException.Problem.TRUNCATED,
        "A SAM frame stopped after " + have + " of " + want + " bytes.");
  }
}
