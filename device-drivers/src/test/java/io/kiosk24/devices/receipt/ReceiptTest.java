package io.kiosk24.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiptTest {

  @ParameterizedTest(name = "{0} is {1} columns")
  @CsvSource(
      textBlock =
          """
          abc,          3
          中文,          4
          A座101室,      8
          '（）',        4
          ''            , 0
          """)
  void countsChineseCharactersAsTwoColumns(String text, int columns) {
    assertThat(ColumnText.columns(text)).isEqualTo(columns);
  }

  @Test
  void wrapsChineseTextAtSixteenCharactersOn80mmHalfWidth() {
    String text = "广东省佛山市禅城区人民政府政务服务中心二十四小时自助服务";
    List<String> lines = ColumnText.wrap(text, 24);
    assertThat(lines).allSatisfy(l -> assertThat(ColumnText.columns(l)).isLessThanOrEqualTo(24));
    assertThat(lines.get(0)).isEqualTo("广东省佛山市禅城区人民政");
    assertThat(String.join("", lines)).isEqualTo(text);
  }

  @Test
  void keepsLatinWordsWholeWhenTheyFit() {
    assertThat(ColumnText.wrap("Service hall opens at nine", 12))
        .containsExactly("Service hall", "opens at", "nine");
  }

  @Test
  void neverLetsAMixedLineOverflowByHalfACharacter() {
    // 31 columns of ASCII leave one column: the Chinese character must move to the next line.
    List<String> lines = ColumnText.wrap("x".repeat(31) + "中", 32);
    assertThat(lines).containsExactly("x".repeat(31), "中");
  }

  @Test
  void replacesControlCharactersSoFormTextCannotInjectCommands() {
    assertThat(ColumnText.wrap("张\u001B@三", 32)).containsExactly("张 @三");
  }

  @Test
  void rendersEveryLineWithinThePaperWidth() throws EscPosException {
    Receipt receipt =
        new Receipt(
            "社保缴费证明打印回执",
            List.of("姓名：张三", "事项：城乡居民养老保险参保缴费证明（个人）打印", "受理时间：2025-03-01 09:30"),
            "https://example.gov.cn/v/0001",
            "请取走您的身份证和打印件");
    for (PaperWidth paper : PaperWidth.values()) {
      for (EscPosElement e : EscPosParser.parse(receipt.toEscPos(paper))) {
        if (e instanceof EscPosElement.Text t) {
          assertThat(ColumnText.columns(t.text())).isLessThanOrEqualTo(paper.columns());
        }
      }
    }
  }

  @Test
  void rendersReceiptAsInitChineseTitleBodyQrFooterAndCut() throws EscPosException {
    Receipt receipt = Receipt.of("回执", List.of("A1")).withQr("Q").withFooter("谢谢");
    List<EscPosElement> elements = EscPosParser.parse(receipt.toEscPos(PaperWidth.MM_58));
    assertThat(elements.get(0)).isEqualTo(control(EscPosCommand.INIT));
    assertThat(elements.get(1)).isEqualTo(control(EscPosCommand.CHINESE_ON));
    assertThat(elements)
        .filteredOn(EscPosElement.Text.class::isInstance)
        .extracting(e -> ((EscPosElement.Text) e).text())
        .containsExactly("回执", "A1", "谢谢");
    assertThat(elements)
        .filteredOn(EscPosElement.Symbol.class::isInstance)
        .extracting(e -> ((EscPosElement.Symbol) e).fn())
        .containsExactly(
            EscPosCommand.QR_MODEL,
            EscPosCommand.QR_MODULE_SIZE,
            EscPosCommand.QR_ERROR_LEVEL,
            EscPosCommand.QR_STORE,
            EscPosCommand.QR_PRINT);
    assertThat(elements.get(elements.size() - 1)).isInstanceOf(EscPosElement.Cut.class);
  }

  @Test
  void keepsContentsOutOfToString() {
    assertThat(Receipt.of("张三的回执", List.of("身份证 440101199001011234")).toString())
        .doesNotContain("张三")
        .doesNotContain("4401");
  }

  private static EscPosElement control(EscPosCommand command) {
    return new EscPosElement.Control(command, List.of());
  }
}
