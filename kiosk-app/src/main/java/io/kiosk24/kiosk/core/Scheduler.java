package io.kiosk24.kiosk.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The core's source of time: runs a task after a delay and tells the time. Production wraps a
 * {@link ScheduledExecutorService}; tests pass a scheduler whose time they advance by hand.
 */
public interface Scheduler {

  /** Runs {@code task} once, after {@code delay}, on a thread of the scheduler's choosing. */
  Cancellable schedule(Duration delay, Runnable task);

  /** The clock the scheduler's time is measured on. */
  Clock clock();

  /**
   * A scheduler over {@code timers}, telling time with the system clock in the system's time zone,
   * which is the time printed on receipts.
   */
  static Scheduler of(ScheduledExecutorService timers) {
    Objects.requireNonNull(timers, "timers");
    Clock clock = Clock.systemDefaultZone();
    return new Scheduler() {
      @Override
      public Cancellable schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> future = timers.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
      }

      @Override
      public Clock clock() {
        return clock;
      }
    };
  }
}
