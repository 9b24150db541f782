package io.kiosk24.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class EscPosPropertiesTest {

  @Property
  void statusByteGivesConditionsOrTypedError(
      @ForAll @IntRange(min = 1, max = 4) int n, @ForAll @IntRange(min = 0, max = 255) int b) {
    try {
      assertThat(EscPosStatus.parse(n, b)).isNotNull();
    } catch (EscPosException expected) {
      assertThat(expected).hasMessageContaining("0xx1xx10");
    }
  }

  @Property
  void automaticStatusGivesConditionsOrTypedError(@ForAll @Size(max = 6) byte[] message) {
    try {
      assertThat(EscPosStatus.parseAutomatic(message)).isNotNull();
    } catch (EscPosException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Property
  void statusRoundTripsThroughTheEmulatorsEncoding(
      @ForAll("conditions") Set<PrinterCondition> conditions,
      @ForAll @IntRange(min = 1, max = 4) int n)
      throws EscPosException {
    Set<PrinterCondition> read = EscPosStatus.parse(n, EscPosStatus.response(n, conditions));
    assertThat(conditions).containsAll(read);
  }

  @Provide
  Arbitrary<Set<PrinterCondition>> conditions() {
    return Arbitraries.of(PrinterCondition.class)
        .set()
        .map(s -> s.isEmpty() ? EnumSet.noneOf(PrinterCondition.class) : EnumSet.copyOf(s));
  }

  @Property
  void streamParserGivesElementsOrTypedError(@ForAll("escPosLike") byte[] bytes) {
    try {
      assertThat(EscPosParser.parse(bytes)).isNotNull();
    } catch (EscPosException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Property
  void streamingParserNeverThrowsWhateverTheChunks(
      @ForAll("escPosLike") byte[] bytes, @ForAll @IntRange(min = 1, max = 17) int chunk) {
    EscPosParser parser = new EscPosParser();
    List<EscPosElement> all = new ArrayList<>();
    assertThatCode(
            () -> {
              for (int i = 0; i < bytes.length; i += chunk) {
                all.addAll(parser.feed(bytes, i, Math.min(chunk, bytes.length - i)));
              }
            })
        .doesNotThrowAnyException();
    assertThat(all).doesNotContainNull();
  }

  @Property
  void streamingAgreesWithWholeParseOnValidStreams(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 9) Integer> ops,
      @ForAll @IntRange(min = 1, max = 9) int chunk)
      throws EscPosException {
    EscPos pos = new EscPos().init().chineseMode();
    for (int op : ops) {
      switch (op) {
        case 0 -> pos.line("中文 text");
        case 1 -> pos.bold(true);
        case 2 -> pos.align(EscPos.Align.CENTER);
        case 3 -> pos.size(2, 1);
        case 4 -> pos.feed(2);
        case 5 -> pos.qr("payload " + ops.size(), 3, EscPos.QrErrorLevel.Q);
        case 6 -> pos.image(new java.awt.image.BufferedImage(9, 3, 1), true);
        case 7 -> pos.feedAndCut(1);
        case 8 -> pos.raw(EscPosStatus.request(2));
        default -> pos.cut();
      }
    }
    pos.newline();
    byte[] bytes = pos.toByteArray();
    List<EscPosElement> whole = EscPosParser.parse(bytes);
    EscPosParser parser = new EscPosParser();
    List<EscPosElement> streamed = new ArrayList<>();
    for (int i = 0; i < bytes.length; i += chunk) {
      streamed.addAll(parser.feed(bytes, i, Math.min(chunk, bytes.length - i)));
    }
    assertThat(streamed).hasSameSizeAs(whole);
    assertThat(streamed).noneMatch(EscPosElement.Rejected.class::isInstance);
    assertThat(parser.pending()).isZero();
  }

  /** Random bytes, biased towards command prefixes so commands get exercised, not just text. */
  @Provide
  Arbitrary<byte[]> escPosLike() {
    Arbitrary<Byte> interesting =
        Arbitraries.of(
            (byte) 0x1B,
            (byte) 0x1D,
            (byte) 0x1C,
            (byte) 0x10,
            (byte) 0x04,
            (byte) 0x0A,
            (byte) 0x28,
            (byte) 0x6B,
            (byte) 0x76,
            (byte) 0x30,
            (byte) 0x56,
            (byte) 0x61,
            (byte) 0x40,
            (byte) 0x26,
            (byte) 0x31,
            (byte) 0x00,
            (byte) 0xFF);
    Arbitrary<Byte> any = Arbitraries.bytes();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, interesting), net.jqwik.api.Tuple.of(2, any))
        .list()
        .ofMaxSize(200)
        .map(
            list -> {
              byte[] out = new byte[list.size()];
              for (int i = 0; i < out.length; i++) {
                out[i] = list.get(i);
              }
              return out;
            });
  }
}
