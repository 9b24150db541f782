package io.kiosk24.devices.idcard;

/**
 * The kinds of identity card a GA 467 reader reads, told apart by the character at text offset 248.
 */
public enum CardType {
  /** Resident identity card of the People's Republic of China. */
  RESIDENT,
  /** Residence permit for Hong Kong, Macau and Taiwan residents ("J"). */
  HMT_RESIDENT,
  /** Foreigner's permanent residence card, 2017 edition ("I"). */
  FOREIGN_PERMANENT_2017,
  /** Foreigner's permanent residence card, 2023 edition ("Y"). */
  FOREIGN_PERMANENT_2023
}
