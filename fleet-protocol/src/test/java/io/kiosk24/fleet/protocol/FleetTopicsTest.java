package io.kiosk24.fleet.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FleetTopicsTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          kiosk24/v1/terminals/fs-chancheng-0001/state,  fs-chancheng-0001, STATE
          kiosk24/v1/terminals/gd.village_12/health,     gd.village_12,     HEALTH
          """)
  void parsesTopicsOfTheTree(String topic, String id, FleetTopics.Kind kind) {
    assertThat(FleetTopics.parse(topic)).contains(new FleetTopics.Parsed(id, kind));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kiosk24/v1/terminals/a/state/extra",
        "kiosk24/v1/terminals//state",
        "kiosk24/v1/terminals/-bad/state",
        "kiosk24/v1/terminals/a/unknown",
        "other/v1/terminals/a/state",
        "kiosk24/v1/terminals"
      })
  void ignoresTopicsOutsideTheContract(String topic) {
    assertThat(FleetTopics.parse(topic)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a/b", "a+b", "#", "终端1"})
  void refusesTerminalIdsThatWouldBreakTheTopicTree(String id) {
    assertThatThrownBy(() -> FleetTopics.state(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not valid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"t1", "fs-0001", "GD.village_0042"})
  void buildsTopicsThatParseBack(String id) {
    assertThat(FleetTopics.parse(FleetTopics.state(id)))
        .contains(new FleetTopics.Parsed(id, FleetTopics.Kind.STATE));
    assertThat(FleetTopics.parse(FleetTopics.health(id)))
        .contains(new FleetTopics.Parsed(id, FleetTopics.Kind.HEALTH));
  }
}
