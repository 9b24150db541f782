package io.kiosk24.devices.document;

import java.util.List;

/**
 * How a print job ended: {@code jobId} is the CUPS job number (-1 when CUPS never listed the job),
 * {@code reasons} its {@code job-state-reasons}, for a maintainer.
 */
public record PrintOutcome(Result result, int jobId, List<String> reasons) {

  /** The end of a job as the citizen would notice it. */
  public enum Result {
    /** CUPS finished the job: the printer has the document. */
    COMPLETED,
    /** CUPS aborted or cancelled the job: nothing, or not all, was printed. */
    FAILED,
    /** The job had not finished when the caller's timeout ran out; it may still print. */
    TIMED_OUT
  }

  public PrintOutcome {
    reasons = List.copyOf(reasons);
  }

  public boolean completed() {
    return result == Result.COMPLETED;
  }
}
