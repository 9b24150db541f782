package io.kiosk24.devices.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ScanLineDecoderPropertiesTest {

  @Provide
  Arbitrary<Charset> charsets() {
    return Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));
  }

  @Provide
  Arbitrary<byte[]> noisy() {
    // Bias towards line ends, so lines of every length occur, not only overlong ones.
    Arbitrary<Byte> any = Arbitraries.bytes();
    Arbitrary<Byte> ends = Arbitraries.of((byte) '\r', (byte) '\n', (byte) '\t');
    Arbitrary<Byte> ascii = Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, any),
            net.jqwik.api.Tuple.of(1, ends),
            net.jqwik.api.Tuple.of(4, ascii))
        .list()
        .ofMaxSize(400)
        .map(
            list -> {
              byte[] bytes = new byte[list.size()];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = list.get(i);
              }
              return bytes;
            });
  }

  @Property(tries = 500)
  void anyBytesGiveOnlyDecodedOrRejectedResults(
      @ForAll("noisy") byte[] stream,
      @ForAll LineSuffix suffix,
      @ForAll @IntRange(min = 1, max = 40) int maxLength,
      @ForAll("charsets") Charset charset,
      @ForAll boolean aimIds) {
    List<ScanResult> results = new ScanLineDecoder(suffix, maxLength, charset, aimIds).feed(stream);

    for (ScanResult result : results) {
      assertThat(result).isInstanceOfAny(ScanResult.Decoded.class, ScanResult.Rejected.class);
      if (result instanceof ScanResult.Decoded d) {
        assertThat(d.text()).isNotEmpty();
        assertThat(d.text().getBytes(charset).length).isLessThanOrEqualTo(maxLength);
        assertThat(d.text().codePoints().allMatch(ScanLineDecoder::isPrintable)).isTrue();
      } else {
        assertThat(((ScanResult.Rejected) result).detail()).isNotBlank();
      }
    }
  }

  @Property(tries = 300)
  void howTheBytesAreChunkedDoesNotChangeTheResults(
      @ForAll("noisy") byte[] stream,
      @ForAll @Size(max = 20) List<@IntRange(min = 1, max = 50) Integer> chunks,
      @ForAll LineSuffix suffix,
      @ForAll @IntRange(min = 1, max = 40) int maxLength) {
    List<ScanResult> whole =
        new ScanLineDecoder(suffix, maxLength, StandardCharsets.UTF_8, false).feed(stream);

    ScanLineDecoder decoder = new ScanLineDecoder(suffix, maxLength, StandardCharsets.UTF_8, false);
    List<ScanResult> pieces = new ArrayList<>();
    int at = 0;
    for (int chunk : chunks) {
      int n = Math.min(chunk, stream.length - at);
      pieces.addAll(decoder.feed(stream, at, n));
      at += n;
    }
    pieces.addAll(decoder.feed(stream, at, stream.length - at));

    assertThat(pieces).isEqualTo(whole);
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.strings().withChars("A9-粤省 ").ofMinLength(1).ofMaxLength(30);
  }

  @Property(tries = 300)
  void printableTextRoundTripsThroughTheEmulatorsFraming(
      @ForAll("codes") String text,
      @ForAll LineSuffix suffix,
      @ForAll("charsets") Charset charset) {
    String code = text.strip();
    if (code.isEmpty()) {
      return;
    }
    byte[] line = (code).getBytes(charset);
    byte[] framed = new byte[line.length + suffix.bytes().length];
    System.arraycopy(line, 0, framed, 0, line.length);
    System.arraycopy(suffix.bytes(), 0, framed, line.length, suffix.bytes().length);

    assertThat(new ScanLineDecoder(suffix, 200, charset, false).feed(framed))
        .containsExactly(new ScanResult.Decoded(code, Symbology.UNKNOWN));
  }
}
