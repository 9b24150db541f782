package io.kiosk24.devices.idcard;

import java.util.Optional;

/**
 * Pure functions between SAM frames and bytes.
 *
 * <p>A frame is {@code AA AA AA 96 69 | LEN_H LEN_L | body | CHK}. LEN is big-endian and counts the
 * body and CHK; CHK is the XOR of LEN_H, LEN_L and the body. A request body is {@code CMD PARA
 * data}, a response body {@code SW1 SW2 SW3 data}.
 */
public final class SamCodec {

  static final byte[] HEADER = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};

  /** Header, two length bytes. */
  static final int PREFIX = HEADER.length + 2;

  /**
   * The largest LEN we accept: a text, photo and fingerprint read is 2,321 bytes; anything far
   * beyond is noise that happens to follow a header.
   */
  public static final int MAX_LEN = 4096;

  /** Smallest LEN: a request's {@code CMD PARA CHK}. */
  static final int MIN_LEN = 3;

  private SamCodec() {}

  /** Frames a request for {@code command} with no data. */
  public static byte[] encodeRequest(SamCommand command) {
    return encodeRequest(command.cmd(), command.para(), new byte[0]);
  }

  /** Frames a request of any {@code CMD PARA} with data. */
  public static byte[] encodeRequest(int cmd, int para, byte[] data) {
    byte[] body = new byte[2 + data.length];
    body[0] = (byte) cmd;
    body[1] = (byte) para;
    System.arraycopy(data, 0, body, 2, data.length);
    return frame(body);
  }

  /** Frames a response with {@code SW1 SW2 = 00 00}. */
  public static byte[] encodeResponse(int sw3, byte[] data) {
    return encodeResponse(new SamFrame(0, 0, sw3, data));
  }

  public static byte[] encodeResponse(SamFrame frame) {
    byte[] data = frame.dataUnsafe();
    byte[] body = new byte[3 + data.length];
    body[0] = (byte) frame.sw1();
    body[1] = (byte) frame.sw2();
    body[2] = (byte) frame.sw3();
    System.arraycopy(data, 0, body, 3, data.length);
    return frame(body);
  }

  /** Wraps a body in header, length and checksum. */
  public static byte[] frame(byte[] body) {
    int len = body.length + 1;
    if (len > MAX_LEN) {
      throw new IllegalArgumentException("A SAM frame body of " + body.length + " is too long.");
    }
    byte[] out = new byte[PREFIX + len];
    System.arraycopy(HEADER, 0, out, 0, HEADER.length);
    out[5] = (byte) (len >> 8);
    out[6] = (byte) len;
    System.arraycopy(body, 0, out, PREFIX, body.length);
    out[out.length - 1] = checksum(out, 5, out.length - 1);
    return out;
  }

  /** XOR of {@code bytes[from..to)}. */
  static byte checksum(byte[] bytes, int from, int to) {
    int x = 0;
    for (int i = from; i < to; i++) {
      x ^= bytes[i];
    }
    return (byte) x;
  }

  /**
   * Decodes the first response frame in {@code bytes}, skipping anything before its header.
   *
   * @throws SamFrameException if the bytes hold no whole, valid response frame
   */
  public static SamFrame decodeResponse(byte[] bytes) throws SamFrameException {
    return toResponse(firstBody(bytes));
  }

  /** Decodes the first request frame in {@code bytes}, skipping anything before its header. */
  public static SamRequest decodeRequest(byte[] bytes) throws SamFrameException {
    return toRequest(firstBody(bytes));
  }

  private static byte[] firstBody(byte[] bytes) throws SamFrameException {
    SamFrameDecoder decoder = new SamFrameDecoder();
    decoder.feed(bytes, 0, bytes.length);
    Optional<byte[]> body = decoder.next();
    if (body.isPresent()) {
      return body.get();
    }
    throw decoder.incomplete();
  }

  /** Reads a response body ({@code SW1 SW2 SW3 data}). */
  static SamFrame toResponse(byte[] body) throws SamFrameException {
    if (body.length < 3) {
      throw new SamFrameException(
          SamFrameException.Problem.BAD_LENGTH,
          "A SAM response needs SW1 SW2 SW3, but the frame holds " + body.length + " bytes.");
    }
    byte[] data = new byte[body.length - 3];
    System.arraycopy(body, 3, data, 0, data.length);
    return new SamFrame(body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF, data);
  }

  /** Reads a request body ({@code CMD PARA data}). */
  static SamRequest toRequest(byte[] body) throws SamFrameException {
    if (body.length < 2) {
      throw new SamFrameException(
          SamFrameException.Problem.BAD_LENGTH,
          "A SAM request needs CMD PARA, but the frame holds " + body.length + " bytes.");
    }
    byte[] data = new byte[body.length - 2];
    System.arraycopy(body, 2, data, 0, data.length);
    return new SamRequest(body[0] & 0xFF, body[1] & 0xFF, data);
  }
}
