package io.kiosk24.kiosk.core;

import io.kiosk24.devices.idcard.CardType;
import io.kiosk24.devices.idcard.IdCard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One citizen's visit, from choosing an item to leaving: holds who the citizen is, once a card has
 * been read, and forgets it all when the session ends.
 *
 * <p>Ending wipes the session: every reference to the citizen's data is dropped and the photo bytes
 * the session holds are overwritten with zeros. Strings cannot be overwritten in Java; they become
 * unreachable. Thread-safe; listeners are called outside the session's lock.
 */
public final class CitizenSession {
  private static final Logger log = LoggerFactory.getLogger(CitizenSession.class);
  private static final byte[] NO_PHOTO = new byte[0];

  private final Clock clock;
  private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();

  private long lastNumber;
  private boolean active;
  private String serviceId = "";
  private String reference = "";
  private Instant startedAt = Instant.EPOCH;
  private Citizen citizen;

  /** A session measuring time with {@code clock}; it is idle until the core starts it. */
  public CitizenSession(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Registers {@code listener} for session starts and ends. */
  public Cancellable addListener(SessionListener listener) {
    Objects.requireNonNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Whether a citizen is using the terminal now. */
  public synchronized boolean isActive() {
    return active;
  }

  /** The number of the current session, or of the last one when idle; 0 before the first. */
  public synchronized long number() {
    return lastNumber;
  }

  /**
   * A random reference for the current session, or the last one when idle; empty before the first.
   * It says nothing about the citizen: receipts print it and carry it in their QR code.
   */
  public synchronized String reference() {
    return reference;
  }

  /** Whether the citizen has been identified in this session. */
  public synchronized boolean isIdentified() {
    return citizen != null;
  }

  /** The citizen's full name; empty when no citizen is identified. Never log it. */
  public synchronized Optional<String> name() {
    return citizen == null ? Optional.empty() : Optional.of(citizen.name);
  }

  /** The citizen's masked name, for the screen; empty when no citizen is identified. */
  public synchronized Optional<String> maskedName() {
    return citizen == null ? Optional.empty() : Optional.of(citizen.maskedName);
  }

  /**
   * The citizen's ID or permit number with all but the first and last four characters masked, for a
   * receipt; empty when no citizen is identified.
   */
  public synchronized Optional<String> maskedIdNumber() {
    return citizen == null ? Optional.empty() : Optional.of(citizen.maskedIdNumber);
  }

  /** The citizen's ID or permit number; empty when no citizen is identified. Never log it. */
  public synchronized Optional<String> idNumber() {
    return citizen == null ? Optional.empty() : Optional.of(citizen.idNumber);
  }

  /** The kind of card the citizen identified with; empty when no citizen is identified. */
  public synchronized Optional<CardType> cardType() {
    return citizen == null ? Optional.empty() : Optional.of(citizen.cardType);
  }

  /** A copy of the card photo (WLT, as read); empty when no citizen is identified. */
  public synchronized byte[] photo() {
    return citizen == null ? NO_PHOTO : citizen.photo.clone();
  }

  /** Whether the session holds any of the citizen's personal data. */
  public synchronized boolean holdsPersonalData() {
    return citizen != null;
  }

  /** Ends the session for {@code reason} and wipes it; does nothing when no session is active. */
  public void end(EndReason reason) {
    Objects.requireNonNull(reason, "reason");
    SessionListener.Ended ended;
    synchronized (this) {
      if (!active) {
        return;
      }
      Instant now = clock.instant();
      ended =
          new SessionListener.Ended(
              lastNumber,
              serviceId,
              reason,
              now,
              Duration.between(startedAt, now),
              citizen != null);
      wipe();
      active = false;
    }
    log.info("session {} ended: {}", ended.number(), reason);
    for (SessionListener listener : listeners) {
      try {
        listener.sessionEnded(ended);
      } catch (RuntimeException e) {
        log.error("session listener failed on session end", e);
      }
    }
  }

  /** Starts a session for the item {@code serviceId}; ends a forgotten one first. */
  void start(String serviceId) {
    Objects.requireNonNull(serviceId, "serviceId");
    if (isActive()) {
      log.warn("starting a session while another is active; ending the old one");
      end(EndReason.CANCELLED);
    }
    SessionListener.Started started;
    synchronized (this) {
      lastNumber++;
      active = true;
      this.serviceId = serviceId;
      reference = SessionReference.random();
      startedAt = clock.instant();
      started = new SessionListener.Started(lastNumber, serviceId, startedAt);
    }
    log.info("session {} started: {}", started.number(), serviceId);
    for (SessionListener listener : listeners) {
      try {
        listener.sessionStarted(started);
      } catch (RuntimeException e) {
        log.error("session listener failed on session start", e);
      }
    }
  }

  /** Records the citizen read from {@code card}. The caller must drop its own reference to it. */
  synchronized void identify(IdCard card) {
    if (!active) {
      throw new IllegalStateException("no active session to identify a citizen in");
    }
    wipe();
    citizen = new Citizen(card);
  }

  /** The photo array the session holds, so tests can see that ending zeroes it. */
  synchronized byte[] heldPhotoForTest() {
    return citizen == null ? NO_PHOTO : citizen.photo;
  }

  private void wipe() {
    if (citizen != null) {
      Arrays.fill(citizen.photo, (byte) 0);
      citizen = null;
    }
  }

  private static final class Citizen {
    final String name;
    final String maskedName;
    final String idNumber;
    final String maskedIdNumber;
    final CardType cardType;
    final byte[] photo;

    Citizen(IdCard card) {
      this.name = card.name().isBlank() ? card.englishName().strip() : card.name().strip();
      this.maskedName = NameMask.mask(name);
      this.idNumber = card.idNumber();
      this.maskedIdNumber = IdNumberMask.mask(idNumber);
      this.cardType = card.type();
      this.photo = card.photo();
    }
  }
}
