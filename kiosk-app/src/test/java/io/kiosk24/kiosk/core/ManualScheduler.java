package io.kiosk24.kiosk.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler whose time moves only when the test calls {@link #advance(Duration)}. */
public final class ManualScheduler implements Scheduler {

  private final List<Task> tasks = new ArrayList<>();
  private Instant now = Instant.parse("2026-11-23T02:00:00Z");
  private long order;

  @Override
  public synchronized Cancellable schedule(Duration delay, Runnable task) {
    Task t = new Task(now.plus(delay), order++, task);
    tasks.add(t);
    return () -> {
      synchronized (ManualScheduler.this) {
        tasks.remove(t);
      }
    };
  }

  @Override
  public Clock clock() {
    ManualScheduler self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Instant instant() {
        synchronized (self) {
          return now;
        }
      }
    };
  }

  /** Moves time forward by {@code duration}, running every task that falls due, in time order. */
  public void advance(Duration duration) {
    Instant end;
    synchronized (this) {
      end = now.plus(duration);
    }
    while (true) {
      Task next;
      synchronized (this) {
        next =
            tasks.stream()
                .filter(t -> !t.due.isAfter(end))
                .min(Comparator.comparing(Task::due).thenComparingLong(Task::order))
                .orElse(null);
        if (next == null) {
          now = end;
          return;
        }
        tasks.remove(next);
        now = next.due;
      }
      next.action.run();
    }
  }

  /** Advances one second at a time, {@code seconds} times. */
  public void advanceSeconds(int seconds) {
    for (int i = 0; i < seconds; i++) {
      advance(Duration.ofSeconds(1));
    }
  }

  public synchronized int pending() {
    return tasks.size();
  }

  private record Task(Instant due, long order, Runnable action) {}
}
