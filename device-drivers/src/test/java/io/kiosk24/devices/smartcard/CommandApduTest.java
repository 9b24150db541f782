package io.kiosk24.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandApduTest {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  @ParameterizedTest(name = "case {0}: {1}")
  @CsvSource(
      textBlock =
          """
          # case, data,   le,  encoded
          1,       '',     -1,  00A40000
          2,       '',     11,  00A400000B
          2,       '',     256, 00A4000000
          2,       '',     255, 00A40000FF
          3,       3F00,   -1,  00A40000023F00
          4,       3F00,   1,   00A40000023F0001
          4,       3F00,   256, 00A40000023F0000
          """)
  void encodesTheFourShortCases(int isoCase, String data, int le, String encoded) {
    CommandApdu apdu = new CommandApdu(0x00, 0xA4, 0x00, 0x00, HEX.parseHex(data), le);

    assertThat(apdu.isoCase()).isEqualTo(isoCase);
    assertThat(HEX.formatHex(apdu.encode())).isEqualTo(encoded);
    assertThat(CommandApdu.decode(apdu.encode())).isEqualTo(apdu);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          SELECT SSSE, 00A404000F7378312E73682EC9E7BBE1B1A3D5CF
          SELECT EF05, 00A4020002EF05
          READ RECORD 7, 00B207040B
          GET RESPONSE 17, 00C0000011
          """)
  void buildsTheCommandsOfTheSocialSecurityProfile(String what, String encoded) {
    CommandApdu apdu =
        switch (what) {
          case "SELECT SSSE" -> CommandApdu.selectByName(SsseApplication.AID);
          case "SELECT EF05" -> CommandApdu.selectFile(0x02, SsseApplication.EF05);
          case "READ RECORD 7" -> CommandApdu.readRecord(7, 11);
          default -> CommandApdu.getResponse(17);
        };

    assertThat(HEX.formatHex(apdu.encode())).isEqualTo(encoded);
  }

  @ParameterizedTest
  @CsvSource({"0", "257", "-2"})
  void refusesAnLeOutsideTheShortRange(int le) {
    assertThatThrownBy(() -> new CommandApdu(0, 0xB2, 1, 4, null, le))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Le");
  }

  @ParameterizedTest
  @CsvSource({"256, CLA", "-1, CLA"})
  void refusesAHeaderByteOutOfRange(int cla, String name) {
    assertThatThrownBy(() -> CommandApdu.of(cla, 0xA4, 0, 0)).hasMessageStartingWith(name);
  }

  @org.junit.jupiter.api.Test
  void refusesMoreThan255DataBytes() {
    assertThatThrownBy(() -> new CommandApdu(0, 0xD6, 0, 0, new byte[256], CommandApdu.NO_LE))
        .hasMessageContaining("255");
  }

  @ParameterizedTest
  @CsvSource({"00A400", "00A40000033F00", "00A4000000AABB"})
  void decodeRefusesBytesThatAreNoShortApdu(String hex) {
    assertThatThrownBy(() -> CommandApdu.decode(HEX.parseHex(hex)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void toStringLeavesTheDataOut() {
    CommandApdu apdu = new CommandApdu(0, 0x20, 0, 0, "123456".getBytes(), CommandApdu.NO_LE);

    assertThat(apdu.toString()).isEqualTo("00 20 00 00 Lc=6").doesNotContain("31");
  }
}
