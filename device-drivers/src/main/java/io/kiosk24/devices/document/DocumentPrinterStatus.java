package io.kiosk24.devices.document;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.DeviceStatus;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An A4 printer's state in the terminal's status model, mapped from what CUPS reports for its
 * queue: {@code printer-state} (idle, processing, stopped), {@code printer-state-reasons} and
 * {@code printer-is-accepting-jobs}.
 *
 * <p>As for the receipt printer and in XFS, a printer that is only out of paper stays {@link
 * DeviceStatus#ONLINE} with paper {@link ConsumableState#OUT}. Paper and toner read {@link
 * ConsumableState#FULL} when the printer reports no shortage: CUPS learns of paper and toner only
 * from the printer, and a queue whose printer tells nothing (a raw socket, cups-pdf) never reports
 * one.
 */
public record DocumentPrinterStatus(
    DeviceStatus device,
    ConsumableState paper,
    ConsumableState toner,
    State state,
    Set<String> reasons,
    boolean acceptingJobs) {

  /** The queue's {@code printer-state}. */
  public enum State {
    IDLE,
    PROCESSING,
    STOPPED,
    UNKNOWN;

    /** From the IPP enum: 3 idle, 4 processing, 5 stopped. */
    public static State ofIpp(int value) {
      return switch (value) {
        case 3 -> IDLE;
        case 4 -> PROCESSING;
        case 5 -> STOPPED;
        default -> UNKNOWN;
      };
    }
  }

  private static final Set<String> PAPER_OUT = Set.of("media-empty", "media-needed");
  private static final Set<String> PAPER_LOW = Set.of("media-low");
  private static final Set<String> JAM = Set.of("media-jam");
  private static final Set<String> TONER_OUT = Set.of("toner-empty", "marker-supply-empty");
  private static final Set<String> TONER_LOW = Set.of("toner-low", "marker-supply-low");
  private static final Set<String> OPEN = Set.of("cover-open", "door-open", "interlock-open");
  private static final Set<String> OFFLINE =
      Set.of("offline", "shutdown", "paused", "stopped", "stopping", "timed-out");

  public DocumentPrinterStatus {
    reasons = Collections.unmodifiableSet(new TreeSet<>(reasons));
  }

  /** A status for a queue or server that cannot be reached or does not exist. */
  public static DocumentPrinterStatus unreachable(DeviceStatus device) {
    return new DocumentPrinterStatus(
        device, ConsumableState.UNKNOWN, ConsumableState.UNKNOWN, State.UNKNOWN, Set.of(), false);
  }

  /**
   * Maps what CUPS reports. Reasons may carry the severity suffixes {@code -error}, {@code
   * -warning} and {@code -report}; {@code none} means no reason. An unknown reason counts as a
   * hardware error only when its suffix says {@code -error}.
   */
  public static DocumentPrinterStatus of(
      State state, Collection<String> rawReasons, boolean acceptingJobs) {
    Set<String> reasons = new TreeSet<>();
    boolean otherError = false;
    for (String raw : rawReasons) {
      String reason = raw.trim().toLowerCase(Locale.ROOT);
      if (reason.isEmpty() || reason.equals("none")) {
        continue;
      }
      String keyword = keyword(reason);
      reasons.add(keyword);
      if (reason.endsWith("-error") && !isKnown(keyword)) {
        otherError = true;
      }
    }
    ConsumableState paper = ConsumableState.FULL;
    if (any(reasons, JAM)) {
      paper = ConsumableState.JAMMED;
    } else if (any(reasons, PAPER_OUT)) {
      paper = ConsumableState.OUT;
    } else if (any(reasons, PAPER_LOW)) {
      paper = ConsumableState.LOW;
    }
    ConsumableState toner = ConsumableState.FULL;
    if (any(reasons, TONER_OUT)) {
      toner = ConsumableState.OUT;
    } else if (any(reasons, TONER_LOW)) {
      toner = ConsumableState.LOW;
    }
    DeviceStatus device;
    if (any(reasons, JAM) || otherError) {
      device = DeviceStatus.HARDWARE_ERROR;
    } else if (any(reasons, OPEN)) {
      device = DeviceStatus.USER_ERROR;
    } else if (state == State.STOPPED || !acceptingJobs || any(reasons, OFFLINE)) {
      device = DeviceStatus.OFFLINE;
    } else {
      device = DeviceStatus.ONLINE;
    }
    return new DocumentPrinterStatus(device, paper, toner, state, reasons, acceptingJobs);
  }

  private static String keyword(String reason) {
    for (String suffix : new String[] {"-error", "-warning", "-report"}) {
      if (reason.endsWith(suffix) && reason.length() > suffix.length()) {
        return reason.substring(0, reason.length() - suffix.length());
      }
    }
    return reason;
  }

  private static boolean isKnown(String keyword) {
    return PAPER_OUT.contains(keyword)
        || PAPER_LOW.contains(keyword)
        || JAM.contains(keyword)
        || TONER_OUT.contains(keyword)
        || TONER_LOW.contains(keyword)
        || OPEN.contains(keyword)
        || OFFLINE.contains(keyword);
  }

  private static boolean any(Set<String> reasons, Set<String> wanted) {
    return reasons.stream().anyMatch(wanted::contains);
  }

  /**
   * Whether a document can be printed now: device online, paper and toner neither out nor jammed.
   */
  public boolean canPrint() {
    return device == DeviceStatus.ONLINE
        && paper != ConsumableState.OUT
        && paper != ConsumableState.JAMMED
        && toner != ConsumableState.OUT;
  }

  /**
   * One line for a maintainer, such as "OFFLINE, paper FULL, toner FULL, queue STOPPED [paused]".
   */
  public String describe() {
    return device
        + ", paper "
        + paper
        + ", toner "
        + toner
        + ", queue "
        + state
        + (acceptingJobs ? "" : " rejecting jobs")
        + (reasons.isEmpty() ? "" : " " + reasons);
  }
}
