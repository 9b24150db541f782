package io.kiosk24.devices.idcard;

import java.util.Arrays;

/**
 * One SAM response: {@code SW1 SW2 SW3} and the data after them, framing already checked and
 * removed. The data of a card read holds personal data: never log it.
 */
public record SamFrame(int sw1, int sw2, int sw3, byte[] data) {

  public SamFrame {
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  /** What SW3 says. */
  public SamStatus status() {
    return SamStatus.of(sw3);
  }

  int dataLength() {
    return data.length;
  }

  byte[] dataUnsafe() {
    return data;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SamFrame f
        && f.sw1 == sw1
        && f.sw2 == sw2
        && f.sw3 == sw3
        && Arrays.equals(f.data, data);
  }

  @Override
  public int hashCode() {
    return 31 * (sw1 * 65536 + sw2 * 256 + sw3) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return String.format("SamFrame[%02X %02X %02X, %d data bytes]", sw1, sw2, sw3, data.length);
  }
}
