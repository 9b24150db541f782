package io.kiosk24.kiosk.fleet;

import java.util.Map;

/** What the fleet agent asks of the terminal for each health report. Never personal data. */
public interface HealthProbe {

  /** Each configured device's role mapped to its status name. */
  Map<String, String> deviceStatuses();

  /** Whether a citizen is using the terminal right now. */
  boolean citizenSessionActive();
}
