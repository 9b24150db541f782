package io.kiosk24.devices.receipt;

/** One fact an ESC/POS printer reports about itself in a status byte. */
public enum PrinterCondition {
  /** {@code DLE EOT 1} bit 3; ASB byte 1 bit 3. */
  OFFLINE,
  /** {@code DLE EOT 1} bit 5: waiting to come back online after an error. */
  WAITING_FOR_RECOVERY,
  /** {@code DLE EOT 1} bit 6; ASB byte 1 bit 6: the feed button is pressed. */
  FEED_BUTTON_PRESSED,
  /** {@code DLE EOT 2} bit 2; ASB byte 1 bit 5. */
  COVER_OPEN,
  /** {@code DLE EOT 2} bit 3: paper is being fed by the feed button. */
  PAPER_FEEDING,
  /** {@code DLE EOT 2} bit 5: printing stopped because the paper ran out. */
  STOPPED_BY_PAPER_END,
  /** {@code DLE EOT 2} bit 6: some error occurred; {@code DLE EOT 3} says which. */
  ERROR,
  /** {@code DLE EOT 3} bit 3; ASB byte 2 bit 3: the autocutter failed, usually a paper jam. */
  CUTTER_ERROR,
  /** {@code DLE EOT 3} bit 5; ASB byte 2 bit 5: needs a power cycle or service. */
  UNRECOVERABLE_ERROR,
  /** {@code DLE EOT 3} bit 6; ASB byte 2 bit 6: such as an overheated head; clears itself. */
  AUTO_RECOVERABLE_ERROR,
  /** {@code DLE EOT 4} bits 2-3; ASB byte 3 bits 0-1: the roll is nearly used up. */
  PAPER_NEAR_END,
  /** {@code DLE EOT 4} bits 5-6; ASB byte 3 bits 2-3: no paper. */
  PAPER_END
}
