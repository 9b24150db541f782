package io.kiosk24.devices.gpio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a panel's delayed and periodic work (debounce settling, blinking) on one thread, so that a
 * blinking light costs a scheduled task rather than a thread. Tests pass a timer they advance by
 * hand.
 */
public interface GpioTimer extends AutoCloseable {

  /** A scheduled task that can be called off. */
  @FunctionalInterface
  interface Task {
    void cancel();
  }

  /** Runs {@code task} once, {@code delay} from now. */
  Task schedule(Runnable task, Duration delay);

  /** Runs {@code task} every {@code period}, the first time one period from now. */
  Task every(Runnable task, Duration period);

  /** The time stamped on events. */
  Instant now();

  @Override
  void close();

  /** A timer on one daemon thread named {@code name}. */
  static GpioTimer singleThread(String name) {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, name);
              thread.setDaemon(true);
              return thread;
            });
    Clock clock = Clock.systemUTC();
    return new GpioTimer() {
      @Override
      public Task schedule(Runnable task, Duration delay) {
        ScheduledFuture<?> future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
      }

      @Override
      public Task every(Runnable task, Duration period) {
        long nanos = period.toNanos();
        ScheduledFuture<?> future =
            executor.scheduleAtFixedRate(task, nanos, nanos, TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
      }

      @Override
      public Instant now() {
        return clock.instant();
      }

      @Override
      public void close() {
        executor.shutdownNow();
      }
    };
  }
}
