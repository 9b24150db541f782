package io.kiosk24.kiosk.core;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.idcard.IdCard;
import io.kiosk24.devices.idcard.IdCardException;
import io.kiosk24.devices.idcard.IdCardReader;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An ID card reader standing in for hardware: a read blocks until the test places a card or a
 * failure, or until the timeout, when it throws {@code NO_CARD} as a real reader does.
 */
public final class FakeIdCardReader implements IdCardReader {

  private final BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();
  private final AtomicInteger reads = new AtomicInteger();
  private volatile boolean closed;

  /** The next read (or the one waiting now) returns {@code card}. */
  public void placeCard(IdCard card) {
    outcomes.add(card);
  }

  /** The next read (or the one waiting now) fails for {@code reason}. */
  public void fail(IdCardException.Reason reason) {
    outcomes.add(new IdCardException(reason, "fake reader on /dev/null: " + reason));
  }

  /** The next read fails the way a reader that lost its device does. */
  public void failWith(DeviceException failure) {
    outcomes.add(failure);
  }

  /** How many reads have started. */
  public int reads() {
    return reads.get();
  }

  @Override
  public IdCard read(Duration timeout) throws DeviceException {
    if (closed) {
      throw new DeviceException("fake reader is closed");
    }
    reads.incrementAndGet();
    Object outcome;
    try {
      outcome = outcomes.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdCardException(IdCardException.Reason.TIMEOUT, "interrupted", e);
    }
    if (outcome == null) {
      throw new IdCardException(
          IdCardException.Reason.NO_CARD, "fake reader: no card within " + timeout);
    }
    if (outcome instanceof DeviceException failure) {
      throw failure;
    }
    return (IdCard) outcome;
  }

  @Override
  public DeviceStatus status() {
    return closed ? DeviceStatus.OFFLINE : DeviceStatus.ONLINE;
  }

  @Override
  public void close() {
    closed = true;
  }
}
