package io.kiosk24.kiosk.core;

import java.security.SecureRandom;

/**
 * Makes the reference printed on a receipt and in its QR code: random, so it says nothing about the
 * citizen, and in an alphabet without look-alike letters, so it can be read out over the phone
 * (such as {@code K24-7QF3-M9XD-2HRT}).
 */
final class SessionReference {

  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private SessionReference() {}

  static String random() {
    StringBuilder reference = new StringBuilder("K24");
    for (int group = 0; group < 3; group++) {
      reference.append('-');
      for (int i = 0; i < 4; i++) {
        reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
    }
    return reference.toString();
  }
}
