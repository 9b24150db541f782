package io.kiosk24.devices.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiosk24.devices.document.IppMessage.Attribute;
import io.kiosk24.devices.document.IppMessage.Value;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IppCodecTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void encodesAGetPrinterAttributesRequestByteForByte() {
    IppMessage request =
        IppMessage.request(
            IppMessage.GET_PRINTER_ATTRIBUTES,
            7,
            List.of(Attribute.of("printer-uri", Value.ofString(IppMessage.URI, "ipp://h/p"))));
    String expected =
        "0101"
            + "000b"
            + "00000007"
            + "01"
            + "47"
            + "0012"
            + hex("attributes-charset")
            + "0005"
            + hex("utf-8")
            + "48"
            + "001b"
            + hex("attributes-natural-language")
            + "0002"
            + hex("en")
            + "45"
            + "000b"
            + hex("printer-uri")
            + "0009"
            + hex("ipp://h/p")
            + "03";
    assertThat(HEX.formatHex(IppCodec.encode(request))).isEqualTo(expected);
  }

  @Test
  void decodesAPrinterGroupWithAdditionalValuesAndTrailingData() throws IppException {
    String bytes =
        "0200"
            + "0000"
            + "00000001"
            + "04"
            + "23"
            + "000d"
            + hex("printer-state")
            + "0004"
            + "00000005"
            + "44"
            + "0015"
            + hex("printer-state-reasons")
            + "0006"
            + hex("paused")
            + "44"
            + "0000"
            + "0011"
            + hex("media-empty-error")
            + "22"
            + "0019"
            + hex("printer-is-accepting-jobs")
            + "0001"
            + "01"
            + "03"
            + "cafe";
    IppMessage message = IppCodec.decode(HEX.parseHex(bytes));
    assertThat(message.successful()).isTrue();
    assertThat(message.attribute(IppMessage.TAG_PRINTER, "printer-state").orElseThrow().values())
        .extracting(Value::asInt)
        .containsExactly(5);
    assertThat(
            message
                .attribute(IppMessage.TAG_PRINTER, "printer-state-reasons")
                .orElseThrow()
                .strings())
        .containsExactly("paused", "media-empty-error");
    assertThat(
            message
                .attribute(IppMessage.TAG_PRINTER, "printer-is-accepting-jobs")
                .orElseThrow()
                .values()
                .get(0)
                .asBoolean())
        .isTrue();
    assertThat(message.data()).containsExactly(0xca, 0xfe);
    assertThat(HEX.formatHex(IppCodec.encode(message))).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          short header,            010100,                                  shorter than its 8-byte header
          no end tag,              0101000000000001,                        without its end-of-attributes tag
          value before group,      01010000000000012100016100040000000103,  before any attribute group
          additional value first,  0101000000000001012100000004000000010003, with no attribute before it
          bad integer length,      010100000000000101210001610002000103,    is 2 bytes long, not 4
          truncated value,         0101000000000001014400016100ff61,        ends inside an attribute value
          truncated name length,   010100000000000101440,                   ends inside a length field
          reserved delimiter,      010100000000000100,                      reserved delimiter tag 0x00
          extended tag,            0101000000000001017f,                    extended value tag
          """)
  void rejectsMalformedMessagesWithATypedError(String what, String hex, String message) {
    String even = hex.length() % 2 == 0 ? hex : hex + "0";
    assertThatThrownBy(() -> IppCodec.decode(HEX.parseHex(even)))
        .as(what)
        .isInstanceOf(IppException.class)
        .hasMessageContaining(message);
  }

  private static String hex(String ascii) {
    return HEX.formatHex(ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
