package io.kiosk24.fleet.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FleetJsonTest {

  @Test
  void stateSurvivesTheWire() throws Exception {
    var state =
        new TerminalState(
            "fs-0001",
            true,
            1_700_000_000_000L,
            Instant.parse("2026-11-23T10:00:00Z"),
            "0.1",
            "ui",
            10,
            "");
    assertThat(FleetJson.read(FleetJson.write(state), TerminalState.class)).isEqualTo(state);
  }

  @Test
  void stateIsWrittenAsReadableJson() {
    var state =
        new TerminalState(
            "fs-0001",
            false,
            42,
            Instant.parse("2026-11-23T10:00:00Z"),
            "0.1",
            "headless",
            5,
            TerminalState.CONNECTION_LOST);
    assertThat(new String(FleetJson.write(state), StandardCharsets.UTF_8))
        .contains("\"terminalId\":\"fs-0001\"")
        .contains("\"online\":false")
        .contains("\"at\":\"2026-11-23T10:00:00Z\"")
        .contains("\"offlineReason\":\"connection lost\"");
  }

  @Test
  void healthSurvivesTheWire() throws Exception {
    var health =
        new TerminalHealth(
            "fs-0001",
            7,
            Instant.parse("2026-11-23T10:00:05Z"),
            5,
            false,
            1024,
            Map.of("idcard", "ONLINE"));
    assertThat(FleetJson.read(FleetJson.write(health), TerminalHealth.class)).isEqualTo(health);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "{}",
        "{\"terminalId\":\"a/b\",\"online\":true,\"session\":1,\"at\":\"2026-11-23T10:00:00Z\"}",
        "{\"terminalId\":\"t1\",\"online\":true,\"session\":1}",
        "{\"terminalId\":\"t1\",\"online\":\"yes\",\"session\":1,\"at\":\"2026-11-23T10:00:00Z\"}",
        "null"
      })
  void rejectsMalformedStateWithATypedError(String json) {
    assertThatThrownBy(
            () -> FleetJson.read(json.getBytes(StandardCharsets.UTF_8), TerminalState.class))
        .isInstanceOf(PayloadException.class)
        .hasMessageStartingWith("Not a valid TerminalState payload")
        .message()
        .doesNotContain("\n");
  }

  @Property
  void anyBytesGiveAStateOrAPayloadException(@ForAll byte[] bytes) {
    try {
      assertThat(FleetJson.read(bytes, TerminalState.class)).isNotNull();
    } catch (PayloadException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
