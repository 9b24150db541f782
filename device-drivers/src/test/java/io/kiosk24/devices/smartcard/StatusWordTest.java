package io.kiosk24.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          9000 | success
          6A82 | file or application not found
          6A83 | record not found
          6982 | security status not satisfied
          6D00 | instruction code not supported
          6E00 | class not supported
          6700 | wrong length
          6986 | command not allowed (no current EF)
          6110 | 16 more bytes available (GET RESPONSE)
          6100 | 256 more bytes available (GET RESPONSE)
          6C0B | wrong Le; the card has 11 bytes
          63C2 | verification failed, 2 tries left
          6985 | conditions of use not satisfied
          6B00 | wrong parameters P1-P2
          6F00 | no precise diagnosis
          9F10 | unknown status
          """)
  void explainsCommonStatusWords(String hex, String meaning) {
    StatusWord sw = StatusWord.of(Integer.parseInt(hex, 16));

    assertThat(sw.meaning()).isEqualTo(meaning);
    assertThat(sw.toString()).startsWith(hex);
  }

  @ParameterizedTest
  @CsvSource({
    "9000, true, false, false",
    "6110, false, true, false",
    "6C0B, false, false, true",
    "6A82, false, false, false",
    "9001, false, false, false"
  })
  void classifiesTheWord(String hex, boolean success, boolean moreData, boolean wrongLe) {
    StatusWord sw = StatusWord.of(Integer.parseInt(hex, 16));

    assertThat(sw.isSuccess()).isEqualTo(success);
    assertThat(sw.isMoreData()).isEqualTo(moreData);
    assertThat(sw.isWrongLe()).isEqualTo(wrongLe);
    assertThat(sw.value()).isEqualTo(Integer.parseInt(hex, 16));
  }

  @Test
  void refusesBytesOutOfRange() {
    assertThatThrownBy(() -> new StatusWord(0x100, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
