package io.kiosk24.kiosk.core;

/**
 * Masks an ID or permit number for a receipt: the first four and the last four characters stay
 * visible, so the citizen can tell it is theirs, and every character between becomes {@code *}
 * (11010519491231002X becomes 1101**********002X). A number of eight characters or fewer is masked
 * whole: showing eight of them would show it all.
 */
public final class IdNumberMask {

  private static final int VISIBLE = 4;

  private IdNumberMask() {}

  /** The masked form of {@code number}; an empty string for a blank number. */
  public static String mask(String number) {
    String trimmed = number.strip();
    int length = trimmed.length();
    if (length <= 2 * VISIBLE) {
      return "*".repeat(length);
    }
    return trimmed.substring(0, VISIBLE)
        + "*".repeat(length - 2 * VISIBLE)
        + trimmed.substring(length - VISIBLE);
  }
}
