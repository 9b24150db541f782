package io.kiosk24.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiosk24.console.fleet.FleetPresence;
import io.kiosk24.console.store.SqliteTerminalStore;
import io.kiosk24.console.store.TerminalRecord;
import io.kiosk24.fleet.protocol.TerminalHealth;
import io.kiosk24.fleet.protocol.TerminalState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetPresenceTest {
  private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(T0);
  private SqliteTerminalStore store;
  private FleetPresence presence;
  private final List<TerminalRecord> changes = new ArrayList<>();

  @BeforeEach
  void open() throws Exception {
    store = SqliteTerminalStore.open(dir.resolve("console.db"));
    presence = new FleetPresence(store, clock);
    presence.addListener(changes::add);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void birthMakesATerminalOnline() {
    presence.onState(birth("t1", 100));

    assertThat(presence.terminals())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.online()).isTrue();
              assertThat(t.mode()).isEqualTo("headless");
              assertThat(t.lastSeen()).isEqualTo(T0);
            });
    assertThat(changes).hasSize(1);
  }

  @Test
  void willOfTheCurrentSessionMakesItOfflineWithTheReason() {
    presence.onState(birth("t1", 100));
    presence.onState(will("t1", 100));

    assertThat(presence.terminals())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.online()).isFalse();
              assertThat(t.offlineReason()).isEqualTo("connection lost");
            });
  }

  @Test
  void willFromAnOlderSessionIsIgnored() {
    presence.onState(birth("t1", 200));
    presence.onState(will("t1", 100));

    assertThat(presence.terminals())
        .singleElement()
        .extracting(TerminalRecord::online)
        .isEqualTo(true);
  }

  @Test
  void silentTerminalGoesOfflineAfterThreeHealthIntervals() {
    presence.onState(birth("t1", 100));
    clock.advance(Duration.ofSeconds(29));
    presence.checkSilence();
    assertThat(presence.terminals().get(0).online()).isTrue();

    clock.advance(Duration.ofSeconds(2));
    presence.checkSilence();

    assertThat(presence.terminals().get(0))
        .extracting(TerminalRecord::online, TerminalRecord::offlineReason)
        .containsExactly(false, "silent");
  }

  @Test
  void healthKeepsATerminalOnlineAndCarriesDeviceStatus() {
    presence.onState(birth("t1", 100));
    clock.advance(Duration.ofSeconds(25));
    presence.onHealth(
        new TerminalHealth("t1", 100, clock.instant(), 25, true, 1, Map.of("idcard", "ONLINE")));
    clock.advance(Duration.ofSeconds(25));
    presence.checkSilence();

    TerminalRecord t1 = presence.terminals().get(0);
    assertThat(t1.online()).isTrue();
    assertThat(t1.devices()).containsEntry("idcard", "ONLINE");
    assertThat(t1.citizenSessionActive()).isTrue();
  }

  @Test
  void healthArrivingAfterTheGoodbyeOfItsSessionIsIgnored() {
    presence.onState(birth("t1", 100));
    presence.onState(
        new TerminalState(
            "t1", false, 100, clock.instant(), "0.1.0", "headless", 10, TerminalState.SHUT_DOWN));
    presence.onHealth(new TerminalHealth("t1", 100, clock.instant(), 1, false, 1, Map.of()));

    assertThat(presence.terminals().get(0))
        .extracting(TerminalRecord::online, TerminalRecord::offlineReason)
        .containsExactly(false, "shut down");
  }

  @Test
  void silentTerminalThatSpeaksAgainIsOnline() {
    presence.onState(birth("t1", 100));
    clock.advance(Duration.ofSeconds(31));
    presence.checkSilence();
    presence.onHealth(new TerminalHealth("t1", 100, clock.instant(), 31, false, 1, Map.of()));

    assertThat(presence.terminals().get(0).online()).isTrue();
  }

  @Test
  void stateSurvivesAConsoleRestart() throws Exception {
    presence.onState(birth("t2", 100));
    presence.onState(birth("t1", 100));
    presence.onState(will("t2", 100));
    store.close();

    try (SqliteTerminalStore reopened = SqliteTerminalStore.open(dir.resolve("console.db"))) {
      FleetPresence restarted = new FleetPresence(reopened, clock);
      assertThat(restarted.terminals())
          .extracting(TerminalRecord::terminalId, TerminalRecord::online)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("t1", true),
              org.assertj.core.groups.Tuple.tuple("t2", false));
    }
  }

  private TerminalState birth(String id, long session) {
    return new TerminalState(id, true, session, clock.instant(), "0.1.0", "headless", 10, "");
  }

  private TerminalState will(String id, long session) {
    return new TerminalState(
        id,
        false,
        session,
        clock.instant(),
        "0.1.0",
        "headless",
        10,
        TerminalState.CONNECTION_LOST);
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
