package io.kiosk24.devices.idcard.bench;

import io.kiosk24.devices.idcard.CardTextParser;
import io.kiosk24.devices.idcard.IdCard;
import io.kiosk24.devices.idcard.IdCardEmulator;
import io.kiosk24.devices.idcard.SamCodec;
import io.kiosk24.devices.idcard.SamFrame;
import io.kiosk24.devices.idcard.SamFrameDecoder;
import io.kiosk24.devices.idcard.SampleCard;
import io.kiosk24.devices.serial.InMemorySerialLink;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: measures the driver's own work between the last byte of a card-read answer and the
 * parsed card (frame assembly, checksum, block split, text parse), and prints median and p99. Run
 * with {@code java -cp <test classpath> io.kiosk24.devices.idcard.bench.ReadOverheadBench}.
 */
public final class ReadOverheadBench {

  public static void main(String[] args) throws Exception {
    List<SampleCard> cards = SampleCard.builtIn();
    byte[][] replies = new byte[cards.size()][];
    // Take the exact bytes the emulator puts on the wire.
    InMemorySerialLink.Pair pair = InMemorySerialLink.pair();
    try (IdCardEmulator emulator = new IdCardEmulator(pair.device(), cards).start()) {
      for (int i = 0; i < cards.size(); i++) {
        emulator.placeCard(i);
        pair.host()
            .write(SamCodec.encodeRequest(io.kiosk24.devices.idcard.SamCommand.READ_TEXT_PHOTO));
        byte[] got = new byte[1295];
        int n = 0;
        while (n < got.length) {
          n += pair.host().read(got, n, got.length - n, Duration.ofSeconds(1));
        }
        replies[i] = got;
      }
    }
    int warmup = 20_000;
    int runs = 20_000;
    long[] nanos = new long[runs];
    long sink = 0;
    for (int r = 0; r < warmup + runs; r++) {
      byte[] reply = replies[r % replies.length];
      SamFrameDecoder decoder = new SamFrameDecoder();
      long start = System.nanoTime();
      // The last serial read hands over the tail of the answer; assembly starts from there.
      decoder.feed(reply, 0, reply.length);
      SamFrame frame = SamCodec.decodeResponse(decoder.next().map(b -> reply).orElseThrow());
      IdCard card = CardTextParser.parseReadAnswer(frame.data());
      long took = System.nanoTime() - start;
      sink += card.name().length();
      if (r >= warmup) {
        nanos[r - warmup] = took;
      }
    }
    Arrays.sort(nanos);
    System.out.printf(
        "read answer -> IdCard, %d runs: median %.1f us, p99 %.1f us, max %.1f us (sink %d)%n",
        runs, nanos[runs / 2] / 1e3, nanos[runs * 99 / 100] / 1e3, nanos[runs - 1] / 1e3, sink);
  }
}
