package io.kiosk24.devices.smartcard;

/**
 * Hears cards going into and out of a reader. Called on the reader's watcher thread: return quickly
 * and hand longer work, such as reading the card, to another thread.
 */
@FunctionalInterface
public interface CardPresenceListener {

  void cardEvent(CardEvent event);
}
