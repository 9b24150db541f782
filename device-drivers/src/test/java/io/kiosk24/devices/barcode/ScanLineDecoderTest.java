package io.kiosk24.devices.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScanLineDecoderTest {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private static ScanLineDecoder decoder(LineSuffix suffix) {
    return new ScanLineDecoder(suffix, 64, StandardCharsets.UTF_8, false);
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else if (part instanceof byte[] b) {
        out.writeBytes(b);
      } else if (part instanceof LineSuffix suffix) {
        out.writeBytes(suffix.bytes());
      } else {
        throw new IllegalArgumentException(String.valueOf(part));
      }
    }
    return out.toByteArray();
  }

  private static ScanResult decoded(String text) {
    return new ScanResult.Decoded(text, Symbology.UNKNOWN);
  }

  @ParameterizedTest
  @EnumSource(LineSuffix.class)
  void endsALineAtEachSuffix(LineSuffix suffix) {
    List<ScanResult> results = decoder(suffix).feed(bytes("4401011990", suffix, "粤省事 QR", suffix));

    assertThat(results).containsExactly(decoded("4401011990"), decoded("粤省事 QR"));
  }

  @ParameterizedTest
  @EnumSource(LineSuffix.class)
  void holdsAPartialLineUntilItsSuffixComes(LineSuffix suffix) {
    byte[] stream = bytes("粤智助-12345", suffix);
    // Every way to cut the stream in two, including between CR and LF and inside a UTF-8 sequence.
    for (int cut = 0; cut <= stream.length; cut++) {
      ScanLineDecoder decoder = decoder(suffix);
      List<ScanResult> results = new ArrayList<>(decoder.feed(stream, 0, cut));
      results.addAll(decoder.feed(stream, cut, stream.length - cut));
      assertThat(results).as("cut at %d", cut).containsExactly(decoded("粤智助-12345"));
    }
  }

  @Test
  void readsALineThatComesOneByteAtATime() {
    ScanLineDecoder decoder = decoder(LineSuffix.CRLF);
    List<ScanResult> results = new ArrayList<>();
    for (byte b : bytes("ABC", LineSuffix.CRLF, "DEF", LineSuffix.CRLF)) {
      results.addAll(decoder.feed(new byte[] {b}));
    }
    assertThat(results).containsExactly(decoded("ABC"), decoded("DEF"));
  }

  static Stream<Arguments> suffixMismatches() {
    return Stream.of(
        Arguments.of(LineSuffix.CR, "A\r\nB\r\n", List.of("A", "B")),
        Arguments.of(LineSuffix.LF, "A\r\nB\r\n", List.of("A", "B")),
        Arguments.of(LineSuffix.CR, "A\r\r\rB\r", List.of("A", "B")),
        Arguments.of(LineSuffix.TAB, "A\tB\t\t", List.of("A", "B")),
        Arguments.of(LineSuffix.CRLF, "A\rB\r\n", List.of()));
  }

  @ParameterizedTest
  @MethodSource("suffixMismatches")
  void toleratesLeftoverLineEndsAndDropsEmptyLines(
      LineSuffix suffix, String stream, List<String> expected) {
    List<ScanResult> results = decoder(suffix).feed(bytes(stream));

    if (expected.isEmpty()) {
      // With CRLF configured, a lone CR inside the line is a control character.
      assertThat(results)
          .singleElement()
          .isEqualTo(
              new ScanResult.Rejected(
                  ScanResult.Reason.NON_PRINTABLE,
                  "A line of 3 bytes holds the unprintable character U+000D."));
    } else {
      assertThat(results)
          .containsExactlyElementsOf(expected.stream().map(t -> decoded(t)).toList());
    }
  }

  static Stream<Arguments> garbage() {
    return Stream.of(
        Arguments.of("SOH", new byte[] {0x01, 'A'}, ScanResult.Reason.NON_PRINTABLE),
        Arguments.of("ESC", new byte[] {'A', 0x1B, 'B'}, ScanResult.Reason.NON_PRINTABLE),
        Arguments.of("DEL", new byte[] {'A', 0x7F}, ScanResult.Reason.NON_PRINTABLE),
        Arguments.of("NUL", new byte[] {0x00}, ScanResult.Reason.NON_PRINTABLE),
        Arguments.of(
            "C1 control", new byte[] {(byte) 0xC2, (byte) 0x85}, ScanResult.Reason.NON_PRINTABLE),
        Arguments.of(
            "lone continuation", new byte[] {(byte) 0x80, 'A'}, ScanResult.Reason.BAD_ENCODING),
        Arguments.of(
            "truncated sequence",
            new byte[] {'A', (byte) 0xE7, (byte) 0xB2},
            ScanResult.Reason.BAD_ENCODING),
        Arguments.of(
            "overlong NUL", new byte[] {(byte) 0xC0, (byte) 0x80}, ScanResult.Reason.BAD_ENCODING),
        Arguments.of("0xFF", new byte[] {(byte) 0xFF, (byte) 0xFE}, ScanResult.Reason.BAD_ENCODING),
        Arguments.of(
            "encoded surrogate",
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            ScanResult.Reason.BAD_ENCODING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("garbage")
  void rejectsGarbageAndReadsTheNextLine(String name, byte[] line, ScanResult.Reason reason) {
    List<ScanResult> results =
        decoder(LineSuffix.CR).feed(bytes(line, LineSuffix.CR, "OK", LineSuffix.CR));

    assertThat(results).hasSize(2);
    assertThat(results.get(0))
        .isInstanceOfSatisfying(
            ScanResult.Rejected.class, r -> assertThat(r.reason()).isEqualTo(reason));
    assertThat(results.get(1)).isEqualTo(decoded("OK"));
  }

  @Test
  void rejectsAnOverlongLineOnceAndDiscardsItUpToItsSuffix() {
    ScanLineDecoder decoder =
        new ScanLineDecoder(LineSuffix.CRLF, 8, StandardCharsets.UTF_8, false);

    List<ScanResult> results = new ArrayList<>(decoder.feed(bytes("12345678")));
    assertThat(results).isEmpty();
    results.addAll(decoder.feed(bytes("9".repeat(100), "\r")));
    results.addAll(decoder.feed(bytes("\n", "12345678", LineSuffix.CRLF)));

    assertThat(results)
        .containsExactly(
            new ScanResult.Rejected(
                ScanResult.Reason.TOO_LONG, "A line ran past 8 bytes without its CRLF suffix."),
            decoded("12345678"));
  }

  @Test
  void acceptsALineOfExactlyTheMaximumLength() {
    ScanLineDecoder decoder = new ScanLineDecoder(LineSuffix.CR, 4, StandardCharsets.UTF_8, false);

    assertThat(decoder.feed(bytes("1234\r12345\r1\r")))
        .containsExactly(
            decoded("1234"),
            new ScanResult.Rejected(
                ScanResult.Reason.TOO_LONG, "A line ran past 4 bytes without its CR suffix."),
            decoded("1"));
  }

  @Test
  void readsGb18030WhenConfigured() {
    ScanLineDecoder decoder = new ScanLineDecoder(LineSuffix.CR, 64, GB18030, false);
    byte[] line = "广东省佛山市 市民之窗".getBytes(GB18030);

    assertThat(decoder.feed(bytes(line, LineSuffix.CR))).containsExactly(decoded("广东省佛山市 市民之窗"));
  }

  @Test
  void rejectsGb18030BytesWhenUtf8IsConfigured() {
    byte[] line = "佛山".getBytes(GB18030);

    assertThat(decoder(LineSuffix.CR).feed(bytes(line, LineSuffix.CR)))
        .containsExactly(
            new ScanResult.Rejected(
                ScanResult.Reason.BAD_ENCODING, "A line of 4 bytes is not valid UTF-8."));
  }

  static Stream<Arguments> aimIdentifiers() {
    return Stream.of(
        Arguments.of("]Q1粤省事", "粤省事", Symbology.QR_CODE),
        Arguments.of("]L0PDF", "PDF", Symbology.PDF_417),
        Arguments.of("]C0ABC-123", "ABC-123", Symbology.CODE_128),
        Arguments.of("]E09787115", "9787115", Symbology.EAN_UPC),
        Arguments.of("]Z0OTHER", "OTHER", Symbology.UNKNOWN),
        Arguments.of("NOPREFIX", "NOPREFIX", Symbology.UNKNOWN));
  }

  @ParameterizedTest
  @MethodSource("aimIdentifiers")
  void readsAndRemovesAimIdentifiersWhenSwitchedOn(String line, String text, Symbology symbology) {
    ScanLineDecoder decoder = new ScanLineDecoder(LineSuffix.CR, 64, StandardCharsets.UTF_8, true);

    assertThat(decoder.feed(bytes(line, LineSuffix.CR)))
        .containsExactly(new ScanResult.Decoded(text, symbology));
  }

  @Test
  void keepsAimLikePrefixesWhenSwitchedOff() {
    assertThat(decoder(LineSuffix.CR).feed(bytes("]Q1ABC\r"))).containsExactly(decoded("]Q1ABC"));
  }

  @Test
  void forgetsAPartialLineOnReset() {
    ScanLineDecoder decoder = decoder(LineSuffix.CR);
    decoder.feed(bytes("HALF"));
    decoder.reset();

    assertThat(decoder.feed(bytes("WHOLE\r"))).containsExactly(decoded("WHOLE"));
  }

  @Test
  void decodedResultsDoNotShowTheirTextWhenPrinted() {
    ScanResult result = new ScanResult.Decoded("440101199001011234", Symbology.QR_CODE);

    assertThat(result.toString())
        .doesNotContain("440101")
        .isEqualTo("Decoded[symbology=QR_CODE, length=18]");
  }
}
