package io.kiosk24.devices.idcard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * What one read of an identity card gave. Fields a card type does not carry are empty strings;
 * {@code validTo} is empty for a card valid for life (长期). Never log an instance: {@link
 * #toString()} is masked on purpose.
 */
public record IdCard(
    CardType type,
    String name,
    String englishName,
    String sex,
    String nation,
    String nationality,
    LocalDate birthDate,
    String address,
    String idNumber,
    String authority,
    LocalDate validFrom,
    Optional<LocalDate> validTo,
    String passNumber,
    String issueCount,
    byte[] photo,
    boolean idNumberValid) {

  public IdCard {
    photo = photo.clone();
  }

  @Override
  public byte[] photo() {
    return photo.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdCard card
        && type == card.type
        && idNumber.equals(card.idNumber)
        && name.equals(card.name)
        && Arrays.equals(photo, card.photo);
  }

  @Override
  public int hashCode() {
    return idNumber.hashCode();
  }

  @Override
  public String toString() {
    return "IdCard[" + type + ", personal fields withheld]";
  }
}
