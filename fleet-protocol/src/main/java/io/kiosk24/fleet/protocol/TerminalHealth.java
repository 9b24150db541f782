package io.kiosk24.fleet.protocol;

import java.time.Instant;
import java.util.Map;

/**
 * A terminal's periodic health report. It never carries a citizen's data: only whether a session is
 * in progress.
 *
 * @param devices each configured device's role mapped to its status name, e.g. {@code idcard ->
 *     ONLINE}
 */
public record TerminalHealth(
    String terminalId,
    long session,
    Instant at,
    long uptimeSeconds,
    boolean citizenSessionActive,
    long heapUsedBytes,
    Map<String, String> devices) {

  public TerminalHealth {
    FleetTopics.requireValidTerminalId(terminalId);
    if (at == null) {
      throw new IllegalArgumentException("A health report needs a time.");
    }
    devices = devices == null ? Map.of() : Map.copyOf(devices);
  }
}
