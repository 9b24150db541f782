package io.kiosk24.kiosk.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor that queues work until the test runs it on the test's own thread. */
public final class ManualExecutor implements Executor {

  private final Deque<Runnable> queue = new ArrayDeque<>();

  @Override
  public synchronized void execute(Runnable command) {
    queue.add(command);
  }

  /** Runs the oldest queued task; fails when none is queued. */
  public void runNext() {
    Runnable next;
    synchronized (this) {
      next = queue.poll();
    }
    if (next == null) {
      throw new AssertionError("no background work queued");
    }
    next.run();
  }

  public synchronized int queued() {
    return queue.size();
  }
}
