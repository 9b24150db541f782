package io.kiosk24.kiosk.core;

import io.kiosk24.devices.receipt.Receipt;
import java.util.Optional;

/**
 * Where the terminal prints a citizen's receipt: the core's seam to the receipt printer, so the
 * flow is tested with a fake and runs the same over any driver.
 */
public interface ReceiptOutput {

  /** Why a receipt cannot be printed, as far as the citizen needs to know. */
  enum Problem {
    /** The roll is used up; a maintainer must refill it. */
    PAPER_OUT,
    /** Anything else: offline, cover open, jammed, unreachable. */
    OUT_OF_ORDER
  }

  /**
   * What stops printing now, from the printer's last known status, without asking the printer;
   * empty when it can print. The core calls this under its lock, once a second while a receipt is
   * on offer: it must return at once.
   */
  Optional<Problem> problem();

  /** Whether a receipt can be printed now, as far as the last known status tells. */
  default boolean canPrint() {
    return problem().isEmpty();
  }

  /**
   * Prints {@code receipt}; blocks until the job is sent. Called on the core's background executor,
   * one job at a time.
   *
   * @throws ReceiptOutputException when the printer refused the job or could not be reached
   */
  void print(Receipt receipt) throws ReceiptOutputException;
}
