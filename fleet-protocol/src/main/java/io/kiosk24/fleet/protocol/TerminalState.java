package io.kiosk24.fleet.protocol;

import java.time.Instant;

/**
 * A terminal's presence, published retained on its state topic: the birth message on connect
 * ({@code online = true}) and the Last Will the broker publishes when the connection dies ({@code
 * online = false}). Both carry the same {@code session}, the agent's start time in epoch
 * milliseconds, so a Will left over from an older session can be told apart and ignored.
 *
 * @param healthIntervalSeconds how often the terminal sends health; a console treats a terminal
 *     that has been silent for three intervals as offline
 * @param offlineReason empty while online; {@value #CONNECTION_LOST} in the Will, {@value
 *     #SHUT_DOWN} when the terminal leaves on purpose
 */
public record TerminalState(
    String terminalId,
    boolean online,
    long session,
    Instant at,
    String softwareVersion,
    String mode,
    int healthIntervalSeconds,
    String offlineReason) {
  public static final String CONNECTION_LOST = "connection lost";
  public static final String SHUT_DOWN = "shut down";

  public TerminalState {
    FleetTopics.requireValidTerminalId(terminalId);
    if (at == null) {
      throw new IllegalArgumentException("A terminal state needs a time.");
    }
    offlineReason = online || offlineReason == null ? "" : offlineReason;
  }
}
