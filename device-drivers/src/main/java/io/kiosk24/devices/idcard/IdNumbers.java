package io.kiosk24.devices.idcard;

/** The GB 11643 citizen identification number check. */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private IdNumbers() {}

  /** Whether {@code number} is 17 digits followed by the right check character (digit or X). */
  public static boolean isValid(String number) {
    if (number == null || number.length() != 18) {
      return false;
    }
    String body = number.substring(0, 17);
    for (int i = 0; i < 17; i++) {
      if (body.charAt(i) < '0' || body.charAt(i) > '9') {
        return false;
      }
    }
    return checkCharacter(body) == number.charAt(17);
  }

  /** The check character for the first 17 digits of a number. */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("A check character needs exactly 17 digits.");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int digit = first17.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        throw new IllegalArgumentException("A check character needs exactly 17 digits.");
      }
      sum += digit * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }
}
