package io.kiosk24.devices.receipt;

import java.util.List;

/** One thing read from an ESC/POS stream by {@link EscPosParser}. */
sealed interface EscPosElement {

  /** Printable text, decoded in the mode the printer was in (GB18030 in Chinese mode). */
  record Text(String text) implements EscPosElement {
    @Override
    public String toString() {
      return "Text[" + text.length() + " chars]";
    }
  }

  /** A command with a fixed number of parameter bytes, each 0 to 255. */
  record Control(EscPosCommand command, List<Integer> parameters) implements EscPosElement {
    public Control {
      parameters = List.copyOf(parameters);
    }

    int parameter(int index) {
      return parameters.get(index);
    }
  }

  /** {@code GS ( k}: a 2D symbol function; {@code data} is what follows cn and fn. */
  record Symbol(int cn, int fn, byte[] data) implements EscPosElement {}

  /** {@code GS v 0}: an image, {@code widthBytes * rows} bytes, most significant bit leftmost. */
  record Raster(int mode, int widthBytes, int rows, byte[] data) implements EscPosElement {

    boolean black(int x, int y) {
      return (data[y * widthBytes + x / 8] & (0x80 >> (x % 8))) != 0;
    }
  }

  /** {@code GS V}: a cut, {@code feed} the n of the feed-and-cut forms or -1. */
  record Cut(int mode, int feed) implements EscPosElement {}

  /** Bytes that made no valid command; the stream goes on after the first of them. */
  record Rejected(EscPosException error) implements EscPosElement {}
}
