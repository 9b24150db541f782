package io.kiosk24.devices.gpio;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/** A {@link GpioTimer} whose time moves only when a test calls {@link #advance}. */
final class ManualTimer implements GpioTimer {

  private final class Entry {
    final Runnable task;
    final Duration period;
    final long seq;
    Instant due;
    boolean cancelled;

    Entry(Runnable task, Instant due, Duration period) {
      this.task = task;
      this.due = due;
      this.period = period;
      this.seq = next++;
    }
  }

  private final PriorityQueue<Entry> queue =
      new PriorityQueue<>(
          Comparator.<Entry, Instant>comparing(e -> e.due).thenComparingLong(e -> e.seq));
  private Instant now = Instant.parse("2025-01-01T00:00:00Z");
  private long next;
  private boolean closed;

  @Override
  public synchronized Task schedule(Runnable task, Duration delay) {
    Entry entry = new Entry(task, now.plus(delay), null);
    queue.add(entry);
    return () -> entry.cancelled = true;
  }

  @Override
  public synchronized Task every(Runnable task, Duration period) {
    Entry entry = new Entry(task, now.plus(period), period);
    queue.add(entry);
    return () -> entry.cancelled = true;
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  /** Runs, in order, every task due up to {@code by} from now, on the calling thread. */
  void advance(Duration by) {
    Instant target;
    synchronized (this) {
      target = now.plus(by);
    }
    while (true) {
      Entry entry;
      synchronized (this) {
        entry = queue.peek();
        if (entry == null || entry.due.isAfter(target)) {
          now = target;
          return;
        }
        queue.poll();
        if (entry.cancelled) {
          continue;
        }
        now = entry.due;
        if (entry.period != null) {
          entry.due = entry.due.plus(entry.period);
          queue.add(entry);
        }
      }
      entry.task.run();
    }
  }

  synchronized boolean closed() {
    return closed;
  }

  @Override
  public synchronized void close() {
    closed = true;
    queue.clear();
  }
}
