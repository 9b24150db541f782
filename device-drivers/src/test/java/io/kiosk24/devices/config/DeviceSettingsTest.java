package io.kiosk24.devices.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviceSettingsTest {

  private static final Set<String> YES = Set.of("true", "yes", "on");
  private static final Set<String> NO = Set.of("false", "no", "off");

  private static DeviceSettings withFlag(String value) {
    return new DeviceSettings("barcode", "serial", "", Map.of("flag", value));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          true    | true
          ' Yes ' | true
          ON      | true
          false   | false
          no      | false
          Off     | false
          """)
  void readsAFlagInTheGivenWordsWhateverTheCase(String value, boolean expected) throws Exception {
    assertThat(withFlag(value).booleanOption("flag", !expected, YES, NO)).isEqualTo(expected);
  }

  @Test
  void anAbsentOrBlankFlagIsTheFallback() throws Exception {
    assertThat(withFlag(" ").booleanOption("flag", true, YES, NO)).isTrue();
    assertThat(withFlag(" ").booleanOption("other", false, YES, NO)).isFalse();
  }

  @Test
  void refusesAWordOutsideTheGivenOnesNamingTheKey() {
    assertThatThrownBy(() -> withFlag("1").booleanOption("flag", false, YES, NO))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessage("device.barcode.flag must be true or false, not '1'.");
  }
}
