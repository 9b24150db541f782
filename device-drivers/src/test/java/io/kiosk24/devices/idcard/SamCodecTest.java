package io.kiosk24.devices.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamCodecTest {

  private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          RESET_SAM,                   AA AA AA 96 69 00 03 10 FF EC
          SAM_STATUS,                  AA AA AA 96 69 00 03 11 FF ED
          SAM_ID,                      AA AA AA 96 69 00 03 12 FF EE
          FIND_CARD,                   AA AA AA 96 69 00 03 20 01 22
          SELECT_CARD,                 AA AA AA 96 69 00 03 20 02 21
          READ_TEXT_PHOTO,             AA AA AA 96 69 00 03 30 01 32
          READ_TEXT_PHOTO_FINGERPRINT, AA AA AA 96 69 00 03 30 10 23
          READ_ADDITIONAL_ADDRESS,     AA AA AA 96 69 00 03 30 03 30
          """)
  void encodesEveryCommandAsHandComputed(SamCommand command, String frame) throws Exception {
    assertThat(HEX.formatHex(SamCodec.encodeRequest(command))).isEqualTo(frame);
    assertThat(SamCodec.decodeRequest(HEX.parseHex(frame)).command()).contains(command);
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97,                   CARD_FOUND,  4
          AA AA AA 96 69 00 04 00 00 80 84,                               FIND_FAILED, 0
          AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C,       OK,          8
          AA AA AA 96 69 00 04 00 00 81 85,                               SELECT_FAILED, 0
          AA AA AA 96 69 00 04 00 00 41 45,                               READ_FAILED, 0
          AA AA AA 96 69 00 04 00 00 60 64,                               SELF_TEST_FAILED, 0
          AA AA AA 96 69 00 04 00 00 91 95,                               NO_CONTENT,  0
          """)
  void decodesHandComputedResponses(String frame, SamStatus status, int dataBytes)
      throws Exception {
    SamFrame decoded = SamCodec.decodeResponse(HEX.parseHex(frame));
    assertThat(decoded.status()).isEqualTo(status);
    assertThat(decoded.data()).hasSize(dataBytes);
    assertThat(HEX.formatHex(SamCodec.encodeResponse(decoded))).isEqualTo(frame);
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          90, OK
          91, NO_CONTENT
          9F, CARD_FOUND
          10, CHECKSUM_ERROR
          11, LENGTH_ERROR
          21, COMMAND_ERROR
          23, NOT_PERMITTED
          24, UNRECOGNISED_COMMAND
          31, CARD_AUTHENTICATION_FAILED
          32, SAM_AUTHENTICATION_FAILED
          33, VERIFICATION_ERROR
          40, UNKNOWN_CARD_TYPE
          41, READ_FAILED
          47, RANDOM_NUMBER_FAILED
          60, SELF_TEST_FAILED
          66, NOT_AUTHORISED
          80, FIND_FAILED
          81, SELECT_FAILED
          77, OTHER
          """)
  void knowsEverySw3Code(String hex, SamStatus status) {
    assertThat(SamStatus.of(Integer.parseInt(hex, 16))).isEqualTo(status);
  }

  @Test
  void aCardReadAnswerIs1295Bytes() {
    SampleCard card = SampleCard.builtIn().get(0);
    byte[] frame =
        SamCodec.encodeResponse(0x90, CardBlocks.encode(card.text(), card.photo(), null, false));
    assertThat(frame).hasSize(1295);
    assertThat(HEX.formatHex(frame, 0, 14)).isEqualTo("AA AA AA 96 69 05 08 00 00 90 01 00 04 00");
  }

  @Test
  void rejectsFrameWithBadChecksum() {
    assertThatThrownBy(
            () -> SamCodec.decodeResponse(HEX.parseHex("AA AA AA 96 69 00 04 00 00 80 85")))
        .isInstanceOfSatisfying(
            SamFrameException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(SamFrameException.Problem.BAD_CHECKSUM);
              assertThat(e.reason()).isEqualTo(IdCardException.Reason.BAD_FRAME);
            });
  }

  @Test
  void reportsTruncatedFrame() {
    assertThatThrownBy(() -> SamCodec.decodeResponse(HEX.parseHex("AA AA AA 96 69 00 08 00 00")))
        .isInstanceOfSatisfying(
            SamFrameException.class,
            e -> assertThat(e.problem()).isEqualTo(SamFrameException.Problem.TRUNCATED));
  }

  @Test
  void reportsBytesWithoutHeader() {
    assertThatThrownBy(() -> SamCodec.decodeResponse(HEX.parseHex("01 02 03 04 05 06 07 08")))
        .isInstanceOfSatisfying(
            SamFrameException.class,
            e -> assertThat(e.problem()).isEqualTo(SamFrameException.Problem.NO_HEADER));
  }

  @Test
  void rejectsImpossibleLength() {
    assertThatThrownBy(() -> SamCodec.decodeResponse(HEX.parseHex("AA AA AA 96 69 FF FF 00")))
        .isInstanceOfSatisfying(
            SamFrameException.class,
            e -> assertThat(e.problem()).isEqualTo(SamFrameException.Problem.BAD_LENGTH));
  }

  @Test
  void resyncsOnHeaderAfterGarbage() throws Exception {
    byte[] garbage = HEX.parseHex("00 FF AA AA 96 AA AA AA 96 13");
    byte[] frame = HEX.parseHex("AA AA AA 96 69 00 04 00 00 80 84");
    byte[] bytes = new byte[garbage.length + frame.length];
    System.arraycopy(garbage, 0, bytes, 0, garbage.length);
    System.arraycopy(frame, 0, bytes, garbage.length, frame.length);
    assertThat(SamCodec.decodeResponse(bytes).status()).isEqualTo(SamStatus.FIND_FAILED);
  }

  @Test
  void assemblesFramesFedOneByteAtATime() throws Exception {
    byte[] two = HEX.parseHex("AA AA AA 96 69 00 04 00 00 80 84 AA AA AA 96 69 00 04 00 00 81 85");
    SamFrameDecoder decoder = new SamFrameDecoder();
    int frames = 0;
    for (byte b : two) {
      decoder.feed(new byte[] {b}, 0, 1);
      if (decoder.next().isPresent()) {
        frames++;
      }
    }
    assertThat(frames).isEqualTo(2);
    assertThat(decoder.buffered()).isZero();
  }

  @Test
  void recoversAfterACorruptFrame() throws Exception {
    byte[] bytes =
        HEX.parseHex("AA AA AA 96 69 00 04 00 00 80 00 AA AA AA 96 69 00 04 00 00 81 85");
    SamFrameDecoder decoder = new SamFrameDecoder();
    decoder.feed(bytes, 0, bytes.length);
    assertThatThrownBy(decoder::next).isInstanceOf(SamFrameException.class);
    assertThat(SamCodec.toResponse(decoder.next().orElseThrow()).status())
        .isEqualTo(SamStatus.SELECT_FAILED);
  }

  @Test
  void formatsSamIdLikeVendorTools() throws Exception {
    byte[] id = HEX.parseHex("05 00 01 00 0C BB 32 01 87 D6 12 00 D2 02 96 49");
    assertThat(SamId.of(id).text()).isEqualTo("05.01-20101900-0001234567-1234567890");
    assertThat(SamId.bytes("05.01-20101012-0001234567-1234567890"))
        .satisfies(
            b -> assertThat(SamId.of(b).text()).isEqualTo("05.01-20101012-0001234567-1234567890"));
  }
}
