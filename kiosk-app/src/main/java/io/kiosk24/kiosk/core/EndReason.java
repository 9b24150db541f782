package io.kiosk24.kiosk.core;

/** Why a citizen session ended. */
public enum EndReason {
  /** The citizen finished the item, or its last screen ran its course. */
  COMPLETED,
  /** The citizen cancelled, or the terminal had to stop (a device fault, shutdown, a command). */
  CANCELLED,
  /** Nobody touched the screen until the inactivity countdown ran out. */
  TIMED_OUT
}
