package io.kiosk24.devices.idcard;

/** A field of the 256-byte card text block; where each sits depends on the card type. */
public enum CardField {
  NAME,
  ENGLISH_NAME,
  /** The 2023 foreigner card continues a long English name at bytes 220–242. */
  ENGLISH_NAME_CONTINUED,
  SEX,
  NATION,
  BIRTH_DATE,
  ADDRESS,
  ID_NUMBER,
  AUTHORITY,
  AUTHORITY_CODE,
  VALID_FROM,
  VALID_TO,
  PASS_NUMBER,
  ISSUE_COUNT,
  NATIONALITY,
  VERSION,
  OLD_NUMBER,
  TYPE_MARK
}
