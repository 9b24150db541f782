package io.kiosk24.kiosk.core;

/** The screens of the terminal, as states of the core. */
public enum Screen {
  /** The item tiles; no session is active. */
  HOME,
  /** A session is active and the terminal waits for an ID card on the reader. */
  WAITING_FOR_CARD,
  /** The card was read; the citizen is greeted by masked name. */
  GREETING
}
