package io.kiosk24.kiosk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberMaskTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      textBlock =
          """
          11010519491231002X   | 1101**********002X
          44010619900101123X   | 4401**********123X
          ' 911826198005170028 ' | 9118**********0028
          H01234567            | H012*4567
          12345678             | ********
          123                  | ***
          ''                   | ''
          """)
  void keepsTheFirstAndLastFourOnly(String number, String masked) {
    assertThat(IdNumberMask.mask(number)).isEqualTo(masked);
  }
}
