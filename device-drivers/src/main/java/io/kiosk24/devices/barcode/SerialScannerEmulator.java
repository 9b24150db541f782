package io.kiosk24.devices.barcode;

import io.kiosk24.devices.serial.SerialLink;
import io.kiosk24.devices.serial.SerialLinkException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A serial barcode scanner in software: on request it sends a code as the real one would, the
 * payload in the configured character set followed by the configured suffix, or garbage. It writes
 * to the device end of a line: a pty (for the real driver on the other end) or an {@link
 * io.kiosk24.devices.serial.InMemorySerialLink}.
 *
 * <p>Thread-safe: each call writes one whole line.
 */
public final class SerialScannerEmulator {

  /** Kinds of bad input a broken scanner, a noisy cable or a wrong setting produce. */
  public enum Garbage {
    /** Control bytes (SOH, ESC, DEL) inside a line, as line noise gives. */
    CONTROL_BYTES,
    /** Bytes valid in neither UTF-8 nor GB18030 ({@code C3 28 FF FE}). */
    INVALID_ENCODING
  }

  private final SerialLink link;
  private final LineSuffix suffix;
  private final Charset charset;

  public SerialScannerEmulator(SerialLink link, LineSuffix suffix, Charset charset) {
    this.link = link;
    this.suffix = suffix;
    this.charset = charset;
  }

  /** Sends {@code text} as one scanned code. */
  public void scan(String text) throws SerialLinkException {
    send(text.getBytes(charset));
  }

  /** Sends {@code text} preceded by its AIM identifier, as a scanner with AIM ids switched on. */
  public void scan(String text, Symbology symbology) throws SerialLinkException {
    if (symbology == Symbology.UNKNOWN) {
      scan(text);
      return;
    }
    char modifier = symbology == Symbology.QR_CODE ? '1' : '0';
    send(("]" + symbology.aimLetter() + modifier + text).getBytes(charset));
  }

  /** Sends one line of garbage of the given kind, with the suffix. */
  public void sendGarbage(Garbage kind) throws SerialLinkException {
    byte[] bytes =
        switch (kind) {
          case CONTROL_BYTES -> new byte[] {0x01, 'A', 0x1B, 'B', 0x7F};
          case INVALID_ENCODING -> new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE};
        };
    send(bytes);
  }

  /** Sends a line of {@code length} printable bytes, to overrun a scanner's maximum length. */
  public void sendOverlong(int length) throws SerialLinkException {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) 'X');
    send(bytes);
  }

  /** Sends {@code payload} and the suffix. */
  public synchronized void send(byte[] payload) throws SerialLinkException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 2);
    out.writeBytes(payload);
    out.writeBytes(suffix.bytes());
    link.write(out.toByteArray());
  }

  /** Sends bytes exactly as given, without a suffix, such as half a line. */
  public synchronized void sendRaw(byte[] bytes) throws SerialLinkException {
    link.write(bytes);
  }
}
