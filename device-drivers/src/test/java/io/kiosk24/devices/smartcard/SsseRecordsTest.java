package io.kiosk24.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SsseRecordsTest {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  static Map<Integer, byte[]> goodRecords() {
    Map<Integer, byte[]> records = new HashMap<>();
    records.put(1, HEX.parseHex("0110" + "440600D15600000512345678ABCDEF01"));
    records.put(2, HEX.parseHex("020133"));
    records.put(3, HEX.parseHex("0304332E3030"));
    records.put(5, HEX.parseHex("050420210315"));
    records.put(6, HEX.parseHex("060420310314"));
    records.put(7, HEX.parseHex("07094B3234303030303137"));
    return records;
  }

  @Test
  void decodesThePublicFields() throws Exception {
    SocialSecurityCard card = SsseRecords.parse(goodRecords());

    assertThat(card.cardIdentifier()).isEqualTo("440600D15600000512345678ABCDEF01");
    assertThat(card.regionCode()).isEqualTo("440600");
    assertThat(card.cardType()).isEqualTo("3");
    assertThat(card.specVersion()).isEqualTo("3.00");
    assertThat(card.issuedOn()).isEqualTo(LocalDate.of(2021, 3, 15));
    assertThat(card.validUntil()).isEqualTo(LocalDate.of(2031, 3, 14));
    assertThat(card.cardNumber()).isEqualTo("K24000017");
    assertThat(card.maskedCardNumber()).isEqualTo("*******17");
    assertThat(card.isValidOn(LocalDate.of(2031, 3, 14))).isTrue();
    assertThat(card.isValidOn(LocalDate.of(2031, 3, 15))).isFalse();
    assertThat(card.toString()).doesNotContain("K24000017").doesNotContain("12345678ABCDEF01");
  }

  @ParameterizedTest(name = "record {0} = {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1 | 0210440600D15600000512345678ABCDEF01 | starts with tag 02
          1 | 010F440600D15600000512345678ABCD     | says 15 value bytes where 16 belong
          1 | 0110440600D156                       | says 16 value bytes but carries 5
          1 | 01                                   | fewer than a tag and a length
          1 | 0110A40600D15600000512345678ABCDEF01 | six-digit region code
          3 | 0304332E30FF                         | not printable ASCII
          5 | 050420211315                         | not a calendar date
          6 | 06042031031A                         | not a BCD date
          7 | 07094B32342D3030303137               | no letter or digit
          7 | 070900000000000000000000             | is empty
          """)
  void refusesABadRecordWithTheTypedError(int record, String hex, String problem) {
    Map<Integer, byte[]> records = goodRecords();
    records.put(record, HEX.parseHex(hex));

    SmartCardException e =
        catchThrowableOfType(SmartCardException.class, () -> SsseRecords.parse(records));

    assertThat(e.reason()).isEqualTo(SmartCardException.Reason.BAD_RESPONSE);
    assertThat(e.getMessage())
        .startsWith(String.format("EF05 record %02X", record))
        .contains(problem);
  }

  @Test
  void ignoresPaddingAfterTheValueAndAtTheEndOfTheCardNumber() throws Exception {
    Map<Integer, byte[]> records = goodRecords();
    records.put(7, HEX.parseHex("07094B32343030303031FFFF" + "0000"));

    assertThat(SsseRecords.parse(records).cardNumber()).isEqualTo("K2400001");
  }

  @Test
  void aMissingRecordIsNamed() {
    Map<Integer, byte[]> records = goodRecords();
    records.remove(6);

    SmartCardException e =
        catchThrowableOfType(SmartCardException.class, () -> SsseRecords.parse(records));

    assertThat(e.getMessage())
        .isEqualTo("EF05 record 06 of the social security card was not read.");
  }
}
