package io.kiosk24.console.store;

import java.time.Instant;
import java.util.Map;

/**
 * What the console knows of one terminal: its presence and its latest health.
 *
 * @param lastSeen when the console last heard from the terminal, by the console's clock
 * @param offlineReason why it is offline ({@code connection lost}, {@code silent}, {@code shut
 *     down}); empty while online
 */
public record TerminalRecord(
    String terminalId,
    boolean online,
    long session,
    Instant lastSeen,
    String softwareVersion,
    String mode,
    int healthIntervalSeconds,
    boolean citizenSessionActive,
    Map<String, String> devices,
    String offlineReason) {

  public TerminalRecord {
    devices = Map.copyOf(devices);
  }

  public TerminalRecord withOffline(String reason) {
    return new TerminalRecord(
        terminalId,
        false,
        session,
        lastSeen,
        softwareVersion,
        mode,
        healthIntervalSeconds,
        false,
        devices,
        reason);
  }
}
