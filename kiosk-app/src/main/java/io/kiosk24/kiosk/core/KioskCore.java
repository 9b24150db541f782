package io.kiosk24.kiosk.core;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.idcard.IdCard;
import io.kiosk24.devices.idcard.IdCardException;
import io.kiosk24.devices.idcard.IdCardReader;
import io.kiosk24.devices.receipt.Receipt;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's citizen-facing logic without a user interface: the home catalogue, the citizen
 * session and the ID card greeting flow (home, waiting for a card, greeting with an optional
 * receipt, home again).
 *
 * <p>The other devices reach the core as a {@link DeviceInputListener}: a code scanned or a smart
 * card inserted on the home screen is answered with a plain notice (no item takes either yet), and
 * a cabinet event is logged; the code and the card's data never reach the core.
 *
 * <p>The view calls {@link #open(String)}, {@link #startGreeting()}, {@link #printReceipt()},
 * {@link #finish()}, {@link #cancel()} and {@link #touch()} and renders each {@link KioskState} it
 * is given. None of these methods blocks: card reads and print jobs run on the background executor,
 * timers on the scheduler. Every screen other than home ends by itself after a countdown; each
 * touch restarts the inactivity countdown.
 *
 * <p>Thread-safe. State listeners are called under the core's lock, on whichever thread changed the
 * state (the caller's, the background executor's or the scheduler's): they must hand work off (for
 * JavaFX, with {@code Platform.runLater}) and never block.
 */
public final class KioskCore implements DeviceInputListener, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KioskCore.class);
  private static final Duration TICK = Duration.ofSeconds(1);
  private static final DateTimeFormatter RECEIPT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Where the receipt offered on the current greeting stands; one receipt per greeting. */
  private enum ReceiptStep {
    OFFERED,
    PRINTING,
    PRINTED,
    FAILED
  }

  private final IdCardReader reader;
  private final Executor background;
  private final Scheduler scheduler;
  private final KioskSettings settings;
  private final Optional<ReceiptOutput> receipts;
  private final List<ServiceTile> tiles;
  private final CitizenSession session;
  private final List<Consumer<KioskState>> stateListeners = new CopyOnWriteArrayList<>();
  private final Object lock = new Object();

  private KioskState state = KioskState.home(Optional.empty());

  /** Bumped when a wait begins and when the screen returns home; stale reads and ticks check it. */
  private long generation;

  private int inactivityLeft;
  private int greetingLeft;
  private Cancellable tick = () -> {};
  private Cancellable retry = () -> {};
  private boolean readInFlight;
  private boolean closed;
  private ReceiptStep receiptStep = ReceiptStep.OFFERED;
  private Optional<ReceiptOutput.Problem> receiptFailure = Optional.empty();

  /**
   * A core with the default settings, reading cards on {@code background} and timing screens with
   * {@code timers}. The caller keeps ownership of all three and closes them.
   */
  public KioskCore(IdCardReader reader, Executor background, ScheduledExecutorService timers) {
    this(reader, background, Scheduler.of(timers), KioskSettings.DEFAULTS);
  }

  /**
   * A core with explicit timing and no receipt printer; tests pass a scheduler whose time they
   * control.
   */
  public KioskCore(
      IdCardReader reader, Executor background, Scheduler scheduler, KioskSettings settings) {
    this(reader, background, scheduler, settings, Optional.empty());
  }

  /**
   * A core that offers a receipt on the greeting screen when {@code receipts} is present, printing
   * it on {@code background}. The caller keeps ownership of the printer.
   */
  public KioskCore(
      IdCardReader reader,
      Executor background,
      Scheduler scheduler,
      KioskSettings settings,
      Optional<ReceiptOutput> receipts) {
    this.receipts = Objects.requireNonNull(receipts, "receipts");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.background = Objects.requireNonNull(background, "background");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.tiles = HomeCatalogue.builtIn();
    this.session = new CitizenSession(scheduler.clock());
    this.session.addListener(
        new SessionListener() {
          @Override
          public void sessionEnded(Ended ended) {
            returnHomeAfterSessionEndedElsewhere();
          }
        });
  }

  /** The items on the home screen, in display order. */
  public List<ServiceTile> tiles() {
    return tiles;
  }

  public KioskSettings settings() {
    return settings;
  }

  /** The citizen session; the fleet agent and tests read it, the core alone starts it. */
  public CitizenSession session() {
    return session;
  }

  /** Registers {@code listener} for session starts and ends (no personal data in the events). */
  public Cancellable addSessionListener(SessionListener listener) {
    return session.addListener(listener);
  }

  /** What the terminal shows now. */
  public KioskState state() {
    synchronized (lock) {
      return state;
    }
  }

  /**
   * Registers {@code listener} for state changes and calls it at once with the current state, so a
   * view never misses the state it starts from.
   */
  public Cancellable addStateListener(Consumer<KioskState> listener) {
    Objects.requireNonNull(listener, "listener");
    synchronized (lock) {
      stateListeners.add(listener);
      listener.accept(state);
    }
    return () -> stateListeners.remove(listener);
  }

  /**
   * The citizen tapped the tile {@code tileId}: starts its flow, or, for an item not offered yet,
   * says so on the home screen. Ignored away from the home screen.
   *
   * @throws IllegalArgumentException if no tile has that id
   */
  public void open(String tileId) {
    ServiceTile tile =
        tiles.stream()
            .filter(t -> t.id().equals(tileId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no home tile with id " + tileId));
    if (tile.id().equals(HomeCatalogue.GREETING)) {
      startGreeting();
      return;
    }
    synchronized (lock) {
      if (state.screen() == Screen.HOME && !closed) {
        publish(KioskState.home(Optional.of(CitizenText.comingSoon(tile.title()))));
      }
    }
  }

  /** Starts a session with the ID card greeting and waits for a card. Ignored away from home. */
  public void startGreeting() {
    synchronized (lock) {
      if (state.screen() != Screen.HOME || closed) {
        return;
      }
      session.start(HomeCatalogue.GREETING);
      generation++;
      inactivityLeft = KioskSettings.seconds(settings.inactivityTimeout());
      greetingLeft = 0;
      publish(waiting(Optional.empty()));
      scheduleTick(generation);
      submitRead(generation);
    }
  }

  /**
   * The citizen tapped 打印回执 on the greeting: prints one receipt on the background executor, saying
   * 正在打印… meanwhile and 请取走回执和身份证 once it is out. Ignored unless the button is enabled, so a double
   * tap prints once; the greeting's own countdown waits while the receipt prints.
   */
  public void printReceipt() {
    synchronized (lock) {
      if (state.screen() != Screen.GREETING
          || receipts.isEmpty()
          || receiptStep != ReceiptStep.OFFERED) {
        return;
      }
      ReceiptOutput output = receipts.get();
      if (!output.canPrint()) {
        publishIfChanged(greeting());
        return;
      }
      Receipt receipt = receipt();
      long gen = generation;
      long number = session.number();
      receiptStep = ReceiptStep.PRINTING;
      inactivityLeft = KioskSettings.seconds(settings.inactivityTimeout());
      try {
        background.execute(() -> printOnce(gen, number, output, receipt));
      } catch (RejectedExecutionException e) {
        log.error("receipt could not be scheduled: background executor refused it", e);
        receiptStep = ReceiptStep.FAILED;
        receiptFailure = Optional.of(ReceiptOutput.Problem.OUT_OF_ORDER);
      }
      publish(greeting());
    }
  }

  /** The citizen tapped 完成 on the greeting: ends the session as completed and returns home. */
  public void finish() {
    synchronized (lock) {
      if (state.screen() == Screen.GREETING) {
        returnHome(EndReason.COMPLETED, Optional.empty());
      }
    }
  }

  /** The citizen cancelled: ends the session and returns home. Ignored on the home screen. */
  public void cancel() {
    synchronized (lock) {
      if (state.screen() != Screen.HOME) {
        returnHome(EndReason.CANCELLED, Optional.empty());
      }
    }
  }

  /** The citizen touched the screen: restarts the inactivity countdown. */
  public void touch() {
    synchronized (lock) {
      if (state.screen() == Screen.HOME) {
        return;
      }
      inactivityLeft = KioskSettings.seconds(settings.inactivityTimeout());
      publishIfChanged(withCountdown(state));
    }
  }

  /**
   * A code was scanned: on the home screen, says that scanning is coming; elsewhere ignored, so a
   * citizen's flow is never interrupted. The code itself never reaches the core.
   */
  @Override
  public void codeScanned() {
    homeNotice(CitizenText.CODE_SCANNED, "code scanned");
  }

  /**
   * A smart card went in: on the home screen, says that social security cards are coming and asks
   * for the ID card; elsewhere ignored.
   */
  @Override
  public void smartCardInserted() {
    homeNotice(CitizenText.SMART_CARD_SOON, "smart card inserted");
  }

  /**
   * Logs a cabinet event for the maintainer's log. The fleet hears of it through the GPIO panel's
   * status in health; the citizen's screen does not change.
   */
  @Override
  public void cabinetChanged(CabinetEvent event) {
    Objects.requireNonNull(event, "event");
    switch (event) {
      case DOOR_OPENED -> log.warn("cabinet door opened");
      case DOOR_CLOSED -> log.info("cabinet door closed");
      case TAMPER_TRIGGERED ->
          log.warn("tamper loop opened: possible fraud attempt at the cabinet");
      case TAMPER_CLEARED -> log.info("tamper loop closed again");
    }
  }

  private void homeNotice(String notice, String what) {
    synchronized (lock) {
      if (state.screen() != Screen.HOME || closed) {
        log.debug("{} away from the home screen; ignored", what);
        return;
      }
      log.info("{} on the home screen; not offered yet", what);
      publishIfChanged(KioskState.home(Optional.of(notice)));
    }
  }

  /**
   * Ends any session as cancelled and stops the timers; the core then stays on the home screen.
   * Does not close the reader or the executors, which belong to the caller.
   */
  @Override
  public void close() {
    synchronized (lock) {
      cancel();
      closed = true;
    }
  }

  /**
   * Starts one read for the wait {@code gen}, unless a read is still running: a reader takes one
   * read at a time, and a read from an abandoned wait keeps blocking until its timeout. That read
   * starts the next one for the current wait when it ends.
   */
  private void submitRead(long gen) {
    if (readInFlight) {
      return;
    }
    readInFlight = true;
    try {
      background.execute(() -> readOnce(gen));
    } catch (RejectedExecutionException e) {
      readInFlight = false;
      log.error("card read could not be scheduled: background executor refused it", e);
      returnHome(EndReason.CANCELLED, Optional.of(CitizenText.READER_UNAVAILABLE));
    }
  }

  /** Runs on the background executor: one blocking read, then hands the outcome to the core. */
  private void readOnce(long gen) {
    IdCard card = null;
    Exception failure = null;
    try {
      card = reader.read(settings.cardReadTimeout());
    } catch (DeviceException | RuntimeException e) {
      failure = e;
    }
    synchronized (lock) {
      readInFlight = false;
      if (gen != generation || state.screen() != Screen.WAITING_FOR_CARD) {
        // The wait this read belonged to is over. A card read now is not the new citizen's to
        // see; drop it and read afresh if a new wait has begun meanwhile.
        log.debug("read ended after its wait; outcome discarded");
        if (state.screen() == Screen.WAITING_FOR_CARD) {
          submitRead(generation);
        }
        return;
      }
      if (card != null) {
        cardRead(card);
      } else if (failure instanceof IdCardException e
          && e.reason() != IdCardException.Reason.SAM_FAULT) {
        cardProblem(gen, e.reason());
      } else {
        log.warn("ID card reader failed; ending the session", failure);
        returnHome(EndReason.CANCELLED, Optional.of(CitizenText.READER_UNAVAILABLE));
      }
    }
  }

  private void cardRead(IdCard card) {
    session.identify(card);
    inactivityLeft = KioskSettings.seconds(settings.inactivityTimeout());
    greetingLeft = KioskSettings.seconds(settings.greetingTime());
    receiptStep = ReceiptStep.OFFERED;
    receiptFailure = Optional.empty();
    publish(greeting());
  }

  /**
   * The greeting screen as it stands: the masked name, where the receipt is, and whether the
   * printer can print now.
   */
  private KioskState greeting() {
    String instruction =
        switch (receiptStep) {
          case PRINTING -> CitizenText.PRINTING;
          case PRINTED -> CitizenText.TAKE_RECEIPT;
          case OFFERED, FAILED -> CitizenText.TAKE_CARD;
        };
    Optional<String> notice =
        receiptStep == ReceiptStep.FAILED
            ? receiptFailure.map(CitizenText::receiptProblem)
            : Optional.empty();
    Optional<ReceiptButton> button =
        receipts.map(
            output -> {
              if (receiptStep != ReceiptStep.OFFERED) {
                return ReceiptButton.disabled(Optional.empty());
              }
              return output
                  .problem()
                  .map(
                      problem ->
                          ReceiptButton.disabled(Optional.of(CitizenText.receiptProblem(problem))))
                  .orElse(ReceiptButton.ready());
            });
    return withCountdown(
        new KioskState(
            Screen.GREETING,
            instruction,
            Optional.of(CitizenText.greeting(session.maskedName().orElse(""))),
            notice,
            OptionalInt.empty(),
            button));
  }

  /**
   * The receipt for the identified citizen: masked name and number only, never the full name, the
   * full number or the address; the QR code carries the session's random reference.
   */
  private Receipt receipt() {
    String service =
        tiles.stream()
            .filter(t -> t.id().equals(HomeCatalogue.GREETING))
            .map(ServiceTile::title)
            .findFirst()
            .orElse(HomeCatalogue.GREETING);
    String reference = session.reference();
    return Receipt.of(
            CitizenText.RECEIPT_TITLE,
            List.of(
                "终端：" + settings.terminalName(),
                "事项：" + service,
                "姓名：" + session.maskedName().orElse(""),
                "证件号码：" + session.maskedIdNumber().orElse(""),
                "时间：" + LocalDateTime.now(scheduler.clock()).format(RECEIPT_TIME),
                "业务编号：" + reference))
        .withQr(reference)
        .withFooter(CitizenText.RECEIPT_FOOTER);
  }

  /** Runs on the background executor: sends one receipt, then hands the outcome to the core. */
  private void printOnce(long gen, long number, ReceiptOutput output, Receipt receipt) {
    Optional<ReceiptOutput.Problem> failure = Optional.empty();
    try {
      output.print(receipt);
      log.info("session {}: receipt printed", number);
    } catch (ReceiptOutputException e) {
      // An expected condition (paper out): the driver's message says why; no stack trace.
      log.warn("session {}: receipt not printed ({}): {}", number, e.problem(), e.getMessage());
      failure = Optional.of(e.problem());
    } catch (RuntimeException e) {
      log.error("session {}: receipt output failed", number, e);
      failure = Optional.of(ReceiptOutput.Problem.OUT_OF_ORDER);
    }
    synchronized (lock) {
      if (gen != generation || state.screen() != Screen.GREETING) {
        return;
      }
      receiptStep = failure.isEmpty() ? ReceiptStep.PRINTED : ReceiptStep.FAILED;
      receiptFailure = failure;
      // Give the citizen the whole greeting time to read what to take away.
      inactivityLeft = KioskSettings.seconds(settings.inactivityTimeout());
      greetingLeft = KioskSettings.seconds(settings.greetingTime());
      publish(greeting());
    }
  }

  /**
   * A read failed on the card's side (none yet, removed, unreadable, unknown kind): the wait goes
   * on, with a sentence saying what to do.
   */
  private void cardProblem(long gen, IdCardException.Reason reason) {
    if (reason == IdCardException.Reason.NO_CARD || reason == IdCardException.Reason.TIMEOUT) {
      log.debug("no card read: {}", reason);
    } else {
      log.info("card read failed, waiting for another try: {}", reason);
      // The citizen is handling a card: that counts as activity.
      inactivityLeft = KioskSettings.seconds(settings.inactivityTimeout());
    }
    publishIfChanged(waiting(Optional.of(CitizenText.readFailure(reason))));
    retry.cancel();
    retry =
        scheduler.schedule(
            settings.retryDelay(),
            () -> {
              synchronized (lock) {
                if (gen == generation && state.screen() == Screen.WAITING_FOR_CARD) {
                  submitRead(gen);
                }
              }
            });
  }

  private void scheduleTick(long gen) {
    tick = scheduler.schedule(TICK, () -> onTick(gen));
  }

  private void onTick(long gen) {
    synchronized (lock) {
      if (gen != generation || state.screen() == Screen.HOME) {
        return;
      }
      inactivityLeft--;
      // The greeting waits for a receipt being printed; the inactivity timeout still runs.
      if (state.screen() == Screen.GREETING && receiptStep != ReceiptStep.PRINTING) {
        greetingLeft--;
        if (greetingLeft <= 0) {
          returnHome(EndReason.COMPLETED, Optional.empty());
          return;
        }
      }
      if (inactivityLeft <= 0) {
        log.info("no touch for {}; ending the session", settings.inactivityTimeout());
        returnHome(EndReason.TIMED_OUT, Optional.empty());
        return;
      }
      // On the greeting, look at the printer again: the button follows its paper and status.
      publishIfChanged(state.screen() == Screen.GREETING ? greeting() : withCountdown(state));
      scheduleTick(gen);
    }
  }

  private void returnHome(EndReason reason, Optional<String> notice) {
    generation++;
    tick.cancel();
    retry.cancel();
    // HOME first, so the session-end listener below sees there is nothing left to do.
    state = KioskState.home(notice);
    session.end(reason);
    publish(state);
  }

  private void returnHomeAfterSessionEndedElsewhere() {
    synchronized (lock) {
      if (state.screen() != Screen.HOME) {
        generation++;
        tick.cancel();
        retry.cancel();
        publish(KioskState.home(Optional.empty()));
      }
    }
  }

  private KioskState waiting(Optional<String> notice) {
    return withCountdown(
        new KioskState(
            Screen.WAITING_FOR_CARD,
            CitizenText.PLACE_CARD,
            Optional.empty(),
            notice,
            OptionalInt.empty()));
  }

  /** {@code base} with the countdown to the next automatic return, when it is near enough. */
  private KioskState withCountdown(KioskState base) {
    // While a receipt prints, the greeting's own time stands still: only inactivity may end it.
    int left =
        base.screen() == Screen.GREETING && receiptStep != ReceiptStep.PRINTING
            ? Math.min(greetingLeft, inactivityLeft)
            : inactivityLeft;
    OptionalInt countdown =
        left <= KioskSettings.seconds(settings.countdownShownFrom())
            ? OptionalInt.of(Math.max(left, 0))
            : OptionalInt.empty();
    return new KioskState(
        base.screen(),
        base.instruction(),
        base.greeting(),
        base.notice(),
        countdown,
        base.receiptButton());
  }

  private void publishIfChanged(KioskState next) {
    if (!next.equals(state)) {
      publish(next);
    }
  }

  private void publish(KioskState next) {
    state = next;
    for (Consumer<KioskState> listener : stateListeners) {
      try {
        listener.accept(next);
      } catch (RuntimeException e) {
        log.error("state listener failed", e);
      }
    }
  }
}
