package io.kiosk24.console.fleet;

import io.kiosk24.console.store.StoreException;
import io.kiosk24.console.store.TerminalRecord;
import io.kiosk24.console.store.TerminalStore;
import io.kiosk24.fleet.protocol.TerminalHealth;
import io.kiosk24.fleet.protocol.TerminalState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether each terminal is online, from its retained birth and Will, its health reports and
 * how long it has been silent. A Will whose session is older than the terminal's current session is
 * ignored: it is left over from a connection that has already been replaced.
 *
 * <p>Thread-safe: called from the MQTT client's thread and from the staleness timer.
 */
public final class FleetPresence {
  /** A terminal silent for this many health intervals is offline. */
  static final int SILENT_INTERVALS = 3;

  private static final Logger LOG = LoggerFactory.getLogger(FleetPresence.class);

  private final TerminalStore store;
  private final Clock clock;
  private final Map<String, TerminalRecord> terminals = new TreeMap<>();
  private final List<Consumer<TerminalRecord>> listeners = new CopyOnWriteArrayList<>();

  public FleetPresence(TerminalStore store, Clock clock) throws StoreException {
    this.store = store;
    this.clock = clock;
    for (TerminalRecord terminal : store.loadAll()) {
      terminals.put(terminal.terminalId(), terminal);
    }
  }

  /** Calls {@code listener} with the new record whenever a terminal changes. */
  public void addListener(Consumer<TerminalRecord> listener) {
    listeners.add(listener);
  }

  /** Every terminal known, ordered by id. */
  public synchronized List<TerminalRecord> terminals() {
    return List.copyOf(terminals.values());
  }

  public synchronized void onState(TerminalState state) {
    TerminalRecord known = terminals.get(state.terminalId());
    if (known != null && state.session() < known.session()) {
      LOG.debug("Ignoring state of an older session of {}", state.terminalId());
      return;
    }
    Instant now = clock.instant();
    if (state.online()) {
      update(
          new TerminalRecord(
              state.terminalId(),
              true,
              state.session(),
              now,
              state.softwareVersion(),
              state.mode(),
              state.healthIntervalSeconds(),
              false,
              known == null ? Map.of() : known.devices(),
              ""));
    } else if (known != null) {
      if (known.online() || known.session() != state.session()) {
        update(
            new TerminalRecord(
                    state.terminalId(),
                    false,
                    state.session(),
                    known.lastSeen(),
                    known.softwareVersion(),
                    known.mode(),
                    known.healthIntervalSeconds(),
                    false,
                    known.devices(),
                    "")
                .withOffline(offlineReason(state)));
      }
    } else {
      update(
          new TerminalRecord(
              state.terminalId(),
              false,
              state.session(),
              state.at(),
              state.softwareVersion(),
              state.mode(),
              state.healthIntervalSeconds(),
              false,
              Map.of(),
              offlineReason(state)));
    }
  }

  public synchronized void onHealth(TerminalHealth health) {
    TerminalRecord known = terminals.get(health.terminalId());
    if (known != null && health.session() < known.session()) {
      return;
    }
    if (known != null && health.session() == known.session() && endedForGood(known)) {
      // Health sent just before the goodbye or the Will can arrive after it: the broker orders
      // QoS 0 health and QoS 1 state independently. A session that reconnects announces itself
      // with a birth first, so a late health report must not bring it back.
      return;
    }
    update(
        new TerminalRecord(
            health.terminalId(),
            true,
            health.session(),
            clock.instant(),
            known == null ? "" : known.softwareVersion(),
            known == null ? "" : known.mode(),
            known == null ? 0 : known.healthIntervalSeconds(),
            health.citizenSessionActive(),
            health.devices(),
            ""));
  }

  /** Marks offline every online terminal that has been silent too long. */
  public synchronized void checkSilence() {
    Instant now = clock.instant();
    for (TerminalRecord terminal : List.copyOf(terminals.values())) {
      if (!terminal.online() || terminal.healthIntervalSeconds() <= 0) {
        continue;
      }
      Duration allowed =
          Duration.ofSeconds((long) SILENT_INTERVALS * terminal.healthIntervalSeconds());
      if (terminal.lastSeen().plus(allowed).isBefore(now)) {
        update(terminal.withOffline("silent"));
      }
    }
  }

  /** Offline by the terminal's own goodbye or its Will, not merely silent. */
  private static boolean endedForGood(TerminalRecord terminal) {
    return !terminal.online()
        && (TerminalState.SHUT_DOWN.equals(terminal.offlineReason())
            || TerminalState.CONNECTION_LOST.equals(terminal.offlineReason()));
  }

  private static String offlineReason(TerminalState state) {
    return state.offlineReason().isEmpty() ? TerminalState.CONNECTION_LOST : state.offlineReason();
  }

  private void update(TerminalRecord terminal) {
    TerminalRecord previous = terminals.put(terminal.terminalId(), terminal);
    if (previous == null || previous.online() != terminal.online()) {
      LOG.info(
          "Terminal {} is {}",
          terminal.terminalId(),
          terminal.online() ? "online" : "offline (" + terminal.offlineReason() + ")");
    }
    try {
      store.save(terminal);
    } catch (StoreException e) {
      LOG.error(
          "{} The console keeps the state in memory and writes it again on the next change.",
          e.getMessage());
    }
    for (Consumer<TerminalRecord> listener : listeners) {
      listener.accept(terminal);
    }
  }
}
