package io.kiosk24.kiosk.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The 打印回执 button on the greeting screen, as the view shows it.
 *
 * @param enabled whether a tap prints a receipt now
 * @param reason why it is disabled when the printer cannot print, as one plain sentence; empty
 *     otherwise (including while a receipt prints and after it printed)
 */
public record ReceiptButton(boolean enabled, Optional<String> reason) {

  public ReceiptButton {
    Objects.requireNonNull(reason, "reason");
    if (enabled && reason.isPresent()) {
      throw new IllegalArgumentException("an enabled button needs no reason");
    }
  }

  static ReceiptButton ready() {
    return new ReceiptButton(true, Optional.empty());
  }

  static ReceiptButton disabled(Optional<String> reason) {
    return new ReceiptButton(false, reason);
  }
}
