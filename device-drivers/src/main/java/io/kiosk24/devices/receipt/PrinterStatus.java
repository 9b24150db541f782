package io.kiosk24.devices.receipt;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.DeviceStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A receipt printer's state in the terminal's status model: the device, its paper, and the raw
 * conditions behind both.
 *
 * <p>As in XFS, a printer that is merely out of paper is {@link DeviceStatus#ONLINE} with paper
 * {@link ConsumableState#OUT}: the fleet alarms on paper, a maintainer refills it, nothing is
 * broken. Use {@link #canPrint()} to decide whether to offer a printout.
 */
public record PrinterStatus(
    DeviceStatus device, ConsumableState paper, Set<PrinterCondition> conditions) {

  public PrinterStatus {
    conditions =
        Collections.unmodifiableSet(
            conditions.isEmpty()
                ? EnumSet.noneOf(PrinterCondition.class)
                : EnumSet.copyOf(conditions));
  }

  /** A status for a printer that cannot be reached at all. */
  public static PrinterStatus unreachable(DeviceStatus device) {
    return new PrinterStatus(device, ConsumableState.UNKNOWN, Set.of());
  }

  /**
   * Maps reported conditions to the status model. {@code paperSensed} is false when the printer
   * never answered the paper sensor query, so its paper is {@link ConsumableState#UNKNOWN}.
   */
  public static PrinterStatus of(Set<PrinterCondition> conditions, boolean paperSensed) {
    return new PrinterStatus(deviceOf(conditions), paperOf(conditions, paperSensed), conditions);
  }

  private static DeviceStatus deviceOf(Set<PrinterCondition> c) {
    if (c.contains(PrinterCondition.UNRECOVERABLE_ERROR)
        || c.contains(PrinterCondition.CUTTER_ERROR)) {
      return DeviceStatus.HARDWARE_ERROR;
    }
    if (c.contains(PrinterCondition.COVER_OPEN)) {
      return DeviceStatus.USER_ERROR;
    }
    if (c.contains(PrinterCondition.AUTO_RECOVERABLE_ERROR)) {
      return DeviceStatus.BUSY;
    }
    if (c.contains(PrinterCondition.ERROR)) {
      return DeviceStatus.HARDWARE_ERROR;
    }
    boolean paperEnd =
        c.contains(PrinterCondition.PAPER_END) || c.contains(PrinterCondition.STOPPED_BY_PAPER_END);
    if (c.contains(PrinterCondition.OFFLINE) && !paperEnd) {
      return DeviceStatus.OFFLINE;
    }
    return DeviceStatus.ONLINE;
  }

  private static ConsumableState paperOf(Set<PrinterCondition> c, boolean paperSensed) {
    if (c.contains(PrinterCondition.PAPER_END)
        || c.contains(PrinterCondition.STOPPED_BY_PAPER_END)) {
      return ConsumableState.OUT;
    }
    if (c.contains(PrinterCondition.CUTTER_ERROR)) {
      return ConsumableState.JAMMED;
    }
    if (!paperSensed) {
      return ConsumableState.UNKNOWN;
    }
    return c.contains(PrinterCondition.PAPER_NEAR_END) ? ConsumableState.LOW : ConsumableState.FULL;
  }

  /** Whether a receipt can be printed now: device online, paper neither out nor jammed. */
  public boolean canPrint() {
    return device == DeviceStatus.ONLINE
        && paper != ConsumableState.OUT
        && paper != ConsumableState.JAMMED;
  }

  /** One sentence for a maintainer, such as "ONLINE, paper LOW". */
  public String describe() {
    return device + ", paper " + paper + (conditions.isEmpty() ? "" : " " + conditions);
  }
}
