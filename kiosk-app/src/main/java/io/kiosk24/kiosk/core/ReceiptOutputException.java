package io.kiosk24.kiosk.core;

import java.util.Objects;

/**
 * A receipt was not printed. The message is for a maintainer and, like every message here, names no
 * citizen.
 */
public class ReceiptOutputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ReceiptOutput.Problem problem;

  public ReceiptOutputException(ReceiptOutput.Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** What the citizen is told. */
  public ReceiptOutput.Problem problem() {
    return problem;
  }
}
