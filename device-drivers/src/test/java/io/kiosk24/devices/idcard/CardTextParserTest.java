package io.kiosk24.devices.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardTextParserTest {

  private static final List<SampleCard> CARDS = SampleCard.builtIn();

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      textBlock =
          """
          0, RESIDENT,               陈秀英,     -,                                         女, 汉, -,   1956-07-18, 2018-03-01, -,          true
          1, HMT_RESIDENT,           黄家明,     -,                                         男, -,  -,   1990-05-21, 2021-06-01, 2026-06-01, true
          2, FOREIGN_PERMANENT_2017, 约翰样本,   'SAMPLE, JOHN ALEXANDER',                  男, -,  USA, 1985-03-15, 2019-01-01, 2029-01-01, false
          3, FOREIGN_PERMANENT_2023, 玛丽亚样本, EXAMPLE LOPEZ MARIA FERNANDA DE LOS SANTOS, 女, -,  ESP, 1988-09-09, 2023-01-01, 2033-01-01, true
          """)
  void parsesEveryCardType(
      int index,
      CardType type,
      String name,
      String englishName,
      String sex,
      String nation,
      String nationality,
      LocalDate birth,
      LocalDate validFrom,
      LocalDate validTo,
      boolean idValid)
      throws Exception {
    SampleCard sample = CARDS.get(index);
    IdCard card = CardTextParser.parse(sample.text(), sample.photo());
    assertThat(card.type()).isEqualTo(type);
    assertThat(card.name()).isEqualTo(name);
    assertThat(card.englishName()).isEqualTo(englishName == null ? "" : englishName);
    assertThat(card.sex()).isEqualTo(sex);
    assertThat(card.nation()).isEqualTo(nation == null ? "" : nation);
    assertThat(card.nationality()).isEqualTo(nationality == null ? "" : nationality);
    assertThat(card.birthDate()).isEqualTo(birth);
    assertThat(card.validFrom()).isEqualTo(validFrom);
    assertThat(card.validTo()).isEqualTo(java.util.Optional.ofNullable(validTo));
    assertThat(card.idNumberValid()).isEqualTo(idValid);
    assertThat(card.photo()).hasSize(1024);
  }

  @Test
  void readsPassNumberAndIssueCountOfAResidencePermit() throws Exception {
    IdCard card = CardTextParser.parse(CARDS.get(1).text(), new byte[0]);
    assertThat(card.passNumber()).isEqualTo("H00000000");
    assertThat(card.issueCount()).isEqualTo("01");
    assertThat(card.authority()).isEqualTo("深圳市公安局");
  }

  @Test
  void readsAddressAndNumberOfAResidentCard() throws Exception {
    IdCard card = CardTextParser.parse(CARDS.get(0).text(), new byte[0]);
    assertThat(card.address()).isEqualTo("广东省佛山市禅城区祖庙街道示例路12号");
    assertThat(card.idNumber()).isEqualTo("440604195607180021");
    assertThat(card.authority()).isEqualTo("佛山市公安局禅城分局");
  }

  @Test
  void textIsUcs2LittleEndianSpacePadded() {
    byte[] text = CARDS.get(0).text();
    assertThat(new String(text, 0, 30, StandardCharsets.UTF_16LE))
        .isEqualTo("陈秀英" + " ".repeat(12));
    assertThat(new String(text, 248, 2, StandardCharsets.UTF_16LE)).isEqualTo(" ");
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          01, 汉
          02, 蒙古
          10, 朝鲜
          29, 柯尔克孜
          56, 基诺
          """)
  void namesNations(String code, String name) {
    assertThat(Nations.name(code)).contains(name);
    assertThat(Nations.code(name)).contains(code);
    assertThat(Nations.count()).isEqualTo(56);
    assertThat(Nations.name("57")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
      0, 未知
      1, 男
      2, 女
      9, 未说明
      """)
  void namesSexCodes(String code, String name) {
    assertThat(CardTextParser.sex(code)).isEqualTo(name);
    assertThat(CardTextParser.sexCode(name)).isEqualTo(code);
  }

  @Test
  void refusesAnUnknownCardType() {
    byte[] text = CARDS.get(0).text();
    text[248] = 'Q';
    assertThatThrownBy(() -> CardTextParser.parse(text, new byte[0]))
        .isInstanceOfSatisfying(
            IdCardException.class,
            e -> assertThat(e.reason()).isEqualTo(IdCardException.Reason.UNKNOWN_CARD));
  }

  @Test
  void aBadDateNamesTheFieldNotItsValue() {
    byte[] text = CARDS.get(0).text();
    byte[] bad = "19561399".getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(bad, 0, text, 36, bad.length);
    assertThatThrownBy(() -> CardTextParser.parse(text, new byte[0]))
        .isInstanceOf(SamFrameException.class)
        .hasMessageContaining("birth date")
        .hasMessageNotContaining("19561399");
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          440604195607180021, true
          810000199005210018, true
          944724198809090020, true
          11010519491231002X, true
          440604195607180022, false
          11010519491231002x, false
          4406041956071800,   false
          USA440085031500,    false
          """)
  void checksGb11643(String number, boolean valid) {
    assertThat(IdNumbers.isValid(number)).isEqualTo(valid);
  }
}
