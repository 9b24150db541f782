package io.kiosk24.kiosk.core;

import java.time.Duration;
import java.time.Instant;

/**
 * Hears citizen sessions start and end. Events carry no personal data, so a listener may log them
 * or publish them to the fleet. Listeners run on the thread that started or ended the session and
 * must return quickly.
 */
public interface SessionListener {

  /** A citizen started an item. */
  default void sessionStarted(Started started) {}

  /** A session ended; by now the session holds no personal data. */
  default void sessionEnded(Ended ended) {}

  /**
   * A session began.
   *
   * @param number the terminal-local session number, counting from 1 since start-up
   * @param serviceId the home tile the citizen chose
   */
  record Started(long number, String serviceId, Instant at) {}

  /**
   * A session ended.
   *
   * @param identified whether the citizen was identified during the session
   */
  record Ended(
      long number,
      String serviceId,
      EndReason reason,
      Instant at,
      Duration length,
      boolean identified) {}
}
