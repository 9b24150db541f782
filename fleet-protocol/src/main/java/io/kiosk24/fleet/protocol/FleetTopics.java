package io.kiosk24.fleet.protocol;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The MQTT topic tree every terminal and console shares.
 *
 * <pre>
 * kiosk24/v1/terminals/{id}/state    retained birth, and the retained Last Will that marks it offline
 * kiosk24/v1/terminals/{id}/health   periodic health, not retained
 * </pre>
 */
public final class FleetTopics {
  public static final String ROOT = "kiosk24/v1/terminals";
  public static final String STATE_FILTER = ROOT + "/+/state";
  public static final String HEALTH_FILTER = ROOT + "/+/health";

  private static final Pattern TERMINAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private FleetTopics() {}

  /** Whether {@code id} may name a terminal: letters, digits, dot, dash, underscore; 1–64 long. */
  public static boolean isValidTerminalId(String id) {
    return id != null && TERMINAL_ID.matcher(id).matches();
  }

  /** Returns {@code id}, or throws with a sentence a maintainer can act on. */
  public static String requireValidTerminalId(String id) {
    if (!isValidTerminalId(id)) {
      throw new IllegalArgumentException(
          "Terminal id '"
              + id
              + "' is not valid: use 1 to 64 letters, digits, '.', '-' or '_', starting with a"
              + " letter or digit.");
    }
    return id;
  }

  public static String state(String terminalId) {
    return ROOT + "/" + requireValidTerminalId(terminalId) + "/state";
  }

  public static String health(String terminalId) {
    return ROOT + "/" + requireValidTerminalId(terminalId) + "/health";
  }

  /** A topic taken apart: which terminal, which kind of message. */
  public record Parsed(String terminalId, Kind kind) {}

  /** The kinds of message a terminal publishes. */
  public enum Kind {
    STATE,
    HEALTH
  }

  /** Parses a topic of this tree; empty for any other topic or a malformed terminal id. */
  public static Optional<Parsed> parse(String topic) {
    if (topic == null || !topic.startsWith(ROOT + "/")) {
      return Optional.empty();
    }
    String[] parts = topic.substring(ROOT.length() + 1).split("/", -1);
    if (parts.length != 2 || !isValidTerminalId(parts[0])) {
      return Optional.empty();
    }
    return switch (parts[1]) {
      case "state" -> Optional.of(new Parsed(parts[0], Kind.STATE));
      case "health" -> Optional.of(new Parsed(parts[0], Kind.HEALTH));
      default -> Optional.empty();
    };
  }
}
