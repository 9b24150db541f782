package io.kiosk24.kiosk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMaskTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          张三丰                   | 张**
          李四                     | 李*
          欧阳娜娜                 | 欧***
          王                       | 王
          " 张三 "                 | 张*
          阿依古丽·买买提          | 阿***·***
          𠮷野家                   | 𠮷**
          JOHN SMITH               | J*** S****
          Mary-Jane Watson         | M***-J*** W*****
          SMITH, JOHN              | S****, J***
          O'BRIEN                  | O******
          Li                       | L*
          """)
  void keepsSurnameOrInitialsOnly(String name, String masked) {
    assertThat(NameMask.mask(name)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({"张三丰, 三丰", "JOHN SMITH, OHN", "JOHN SMITH, MITH"})
  void neverShowsTheRestOfTheName(String name, String hidden) {
    assertThat(NameMask.mask(name)).doesNotContain(hidden);
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "'   '"})
  void masksBlankNameToEmpty(String name) {
    assertThat(NameMask.mask(name)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"张三丰", "𠮷野家", "阿依古丽·买买提"})
  void keepsTheNumberOfCharacters(String name) {
    String masked = NameMask.mask(name);
    assertThat(masked.codePointCount(0, masked.length()))
        .isEqualTo(name.codePointCount(0, name.length()));
  }
}
