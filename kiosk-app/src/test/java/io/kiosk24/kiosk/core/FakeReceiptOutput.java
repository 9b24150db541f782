package io.kiosk24.kiosk.core;

import io.kiosk24.devices.receipt.Receipt;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A receipt printer standing in for the device: keeps what it was asked to print, reports the
 * problem the test sets, fails the next job on request, and can hold jobs until the test releases
 * them, as a slow printer would.
 */
public final class FakeReceiptOutput implements ReceiptOutput {

  private final List<Receipt> printed = new CopyOnWriteArrayList<>();
  private volatile Optional<Problem> problem = Optional.empty();
  private volatile ReceiptOutputException nextFailure;
  private volatile RuntimeException nextCrash;
  private volatile CountDownLatch hold = new CountDownLatch(0);

  /** The printer's status from now on: a problem, or none when {@code problem} is null. */
  public void setProblem(Problem problem) {
    this.problem = Optional.ofNullable(problem);
  }

  /** The next job fails for {@code problem}, as the driver's status check before a job does. */
  public void failNextJob(Problem problem) {
    nextFailure =
        new ReceiptOutputException(problem, "fake printer on /dev/null refused the job", null);
  }

  /** The next job fails with an unexpected runtime error. */
  public void crashNextJob(RuntimeException crash) {
    nextCrash = crash;
  }

  /** Jobs wait from now on until {@link #releaseJobs()}. */
  public void holdJobs() {
    hold = new CountDownLatch(1);
  }

  public void releaseJobs() {
    hold.countDown();
  }

  /** Receipts printed so far, oldest first. */
  public List<Receipt> printed() {
    return List.copyOf(printed);
  }

  @Override
  public Optional<Problem> problem() {
    return problem;
  }

  @Override
  public void print(Receipt receipt) throws ReceiptOutputException {
    try {
      if (!hold.await(30, TimeUnit.SECONDS)) {
        throw new ReceiptOutputException(Problem.OUT_OF_ORDER, "fake printer held too long", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReceiptOutputException(Problem.OUT_OF_ORDER, "interrupted", e);
    }
    ReceiptOutputException failure = nextFailure;
    RuntimeException crash = nextCrash;
    nextFailure = null;
    nextCrash = null;
    if (failure != null) {
      throw failure;
    }
    if (crash != null) {
      throw crash;
    }
    printed.add(receipt);
  }
}
