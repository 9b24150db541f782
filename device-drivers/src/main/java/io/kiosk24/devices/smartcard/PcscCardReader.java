package io.kiosk24.devices.smartcard;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.DeviceStatusListener;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.StatusTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A smart card reader reached through PC/SC ({@code pcscd} on Linux) with {@code
 * javax.smartcardio}.
 *
 * <p>A watcher thread waits for card changes ({@link CardTerminal#waitForCardPresent} and {@link
 * CardTerminal#waitForCardAbsent}, each at most {@code watchInterval}), reports {@link CardEvent}s,
 * and reads the ATR of every card put in. When no matching reader is listed, or PC/SC fails, the
 * reader turns {@link DeviceStatus#NO_DEVICE} and looks again with a doubling backoff; it turns
 * {@link DeviceStatus#ONLINE} by itself when the reader is back.
 *
 * <p>The reader holds one shared-mode connection to the card in it, made on insertion (or on the
 * first {@link #connect()}), and drops it on removal; channels from {@link #connect()} use it.
 */
public final class PcscCardReader implements SmartCardReader {

  private static final Logger LOG = LoggerFactory.getLogger(PcscCardReader.class);

  /** The JDK's system property naming the PC/SC library it loads. */
  public static final String LIBRARY_PROPERTY = "sun.security.smartcardio.library";

  /** Where Linux distributions put pcsc-lite; the JDK looks only for {@code libpcsclite.so}. */
  static final List<String> LIBRARY_CANDIDATES =
      List.of(
          "/usr/lib/x86_64-linux-gnu/libpcsclite.so.1",
          "/usr/lib/aarch64-linux-gnu/libpcsclite.so.1",
          "/usr/lib/arm-linux-gnueabihf/libpcsclite.so.1",
          "/usr/lib64/libpcsclite.so.1",
          "/usr/lib/libpcsclite.so.1",
          "/lib/x86_64-linux-gnu/libpcsclite.so.1");

  /** Where the reader finds its card terminals: PC/SC in production, fakes in tests. */
  @FunctionalInterface
  public interface TerminalSource {
    CardTerminals terminals() throws SmartCardException;
  }

  private final SmartCardReaderConfig config;
  private final TerminalSource source;
  private final StatusTracker status;
  private final List<CardPresenceListener> cardListeners = new CopyOnWriteArrayList<>();
  private final Object lock = new Object();

  private CardTerminal terminal;
  private Card card;
  private byte[] atr;
  private volatile boolean cardPresent;
  private volatile boolean closed;
  private Thread watcher;
  private Duration backoff;

  public PcscCardReader(SmartCardReaderConfig config, TerminalSource source) {
    this.config = config;
    this.source = source;
    this.status = new StatusTracker(config.name(), DeviceStatus.OFFLINE);
    this.backoff = config.reconnectMin();
  }

  /**
   * The PC/SC terminals of this machine. {@code library} is the pcsc-lite library to load; empty
   * keeps {@value #LIBRARY_PROPERTY} if set, or else takes the first of the usual Linux paths that
   * exists. The JDK loads the library once per process: the first reader opened decides.
   */
  public static TerminalSource pcsc(Optional<String> library) {
    return new TerminalSource() {
      private CardTerminals terminals;

      @Override
      public synchronized CardTerminals terminals() throws SmartCardException {
        if (terminals == null) {
          useLibrary(library);
          try {
            terminals = TerminalFactory.getInstance("PC/SC", null).terminals();
          } catch (NoSuchAlgorithmException e) {
            throw new SmartCardException(
                SmartCardException.Reason.NO_READER,
                "PC/SC is not available (library "
                    + System.getProperty(LIBRARY_PROPERTY, "JDK default")
                    + "); install pcscd and libpcsclite1, or set device.smartcard.library to"
                    + " libpcsclite.so.1.",
                e);
          }
        }
        return terminals;
      }
    };
  }

  private static void useLibrary(Optional<String> library) {
    String current = System.getProperty(LIBRARY_PROPERTY);
    Optional<String> wanted =
        library.or(
            () ->
                current != null
                    ? Optional.empty()
                    : LIBRARY_CANDIDATES.stream()
                        .filter(p -> Files.exists(Path.of(p)))
                        .findFirst());
    if (wanted.isEmpty()) {
      return;
    }
    if (current == null) {
      System.setProperty(LIBRARY_PROPERTY, wanted.get());
    } else if (!current.equals(wanted.get())) {
      LOG.warn(
          "{} is already {}; the JDK loads one PC/SC library per process, so {} is not used",
          LIBRARY_PROPERTY,
          current,
          wanted.get());
    }
  }

  @Override
  public String name() {
    return config.name();
  }

  /**
   * Looks for the reader and the card in it, then starts the watcher. Whatever the outcome the
   * watcher keeps looking; a caller that wants a reader in any case may ignore the exception.
   *
   * @throws SmartCardException {@code NO_READER} when no matching reader is there now
   */
  @Override
  public void open() throws SmartCardException {
    SmartCardException failure = null;
    try {
      if (refresh() == null) {
        failure = new SmartCardException(SmartCardException.Reason.NO_READER, noReaderMessage());
      }
    } catch (SmartCardException e) {
      readerLost(e.getMessage());
      failure = e;
    }
    synchronized (lock) {
      if (watcher == null && !closed) {
        watcher = new Thread(this::watch, "smartcard-watcher-" + config.name());
        watcher.setDaemon(true);
        watcher.start();
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  @Override
  public boolean isCardPresent() {
    return cardPresent;
  }

  /** The name of the PC/SC reader in use, empty while none is found. */
  public Optional<String> readerName() {
    synchronized (lock) {
      return Optional.ofNullable(terminal).map(CardTerminal::getName);
    }
  }

  @Override
  public byte[] readAtr() throws SmartCardException {
    synchronized (lock) {
      return connectLocked().getATR().getBytes();
    }
  }

  @Override
  public SmartCardChannel connect() throws SmartCardException {
    synchronized (lock) {
      return new PcscChannel(this, connectLocked());
    }
  }

  private Card connectLocked() throws SmartCardException {
    if (terminal == null) {
      throw new SmartCardException(SmartCardException.Reason.NO_READER, noReaderMessage());
    }
    if (card != null) {
      return card;
    }
    try {
      if (!terminal.isCardPresent()) {
        throw new SmartCardException(
            SmartCardException.Reason.NO_CARD, "There is no card in " + terminal.getName() + ".");
      }
      card = terminal.connect("*");
      atr = card.getATR().getBytes();
      return card;
    } catch (CardException e) {
      throw new SmartCardException(
          cardGone(terminal)
              ? SmartCardException.Reason.NO_CARD
              : SmartCardException.Reason.COMMUNICATION,
          "The card in " + terminal.getName() + " does not answer: " + describe(e) + ".",
          e);
    }
  }

  @Override
  public SelfTestResult selfTest() {
    Optional<String> reader = readerName();
    if (status() != DeviceStatus.ONLINE || reader.isEmpty()) {
      return new SelfTestResult(name(), status(), noReaderMessage());
    }
    if (!cardPresent) {
      return new SelfTestResult(
          name(), DeviceStatus.ONLINE, "Reader " + reader.get() + " is ready; no card in it.");
    }
    try {
      byte[] answer = readAtr();
      return new SelfTestResult(
          name(),
          DeviceStatus.ONLINE,
          "Reader "
              + reader.get()
              + " is ready; the card in it answered reset with "
              + answer.length
              + " bytes.");
    } catch (SmartCardException e) {
      return new SelfTestResult(
          name(),
          DeviceStatus.USER_ERROR,
          "Reader "
              + reader.get()
              + " is ready but the card in it does not answer; turn it round.");
    }
  }

  @Override
  public void addStatusListener(DeviceStatusListener listener) {
    status.add(listener);
  }

  @Override
  public void removeStatusListener(DeviceStatusListener listener) {
    status.remove(listener);
  }

  @Override
  public void addCardListener(CardPresenceListener listener) {
    cardListeners.add(listener);
  }

  @Override
  public void removeCardListener(CardPresenceListener listener) {
    cardListeners.remove(listener);
  }

  @Override
  public void close() {
    Thread w;
    synchronized (lock) {
      closed = true;
      w = watcher;
      dropCardLocked();
    }
    if (w != null) {
      w.interrupt();
      try {
        w.join(config.watchInterval().toMillis() + 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    status.moveTo(DeviceStatus.OFFLINE, "closed");
  }

  /** Runs on the watcher thread until {@link #close()}. */
  private void watch() {
    while (!closed) {
      try {
        CardTerminal t = refresh();
        if (t == null) {
          pause();
          continue;
        }
        backoff = config.reconnectMin();
        long ms = Math.max(1, config.watchInterval().toMillis());
        if (cardPresent) {
          if (t.waitForCardAbsent(ms)) {
            // report the removal now: a card put back before the next look is another card
            setPresence(t, false);
          }
        } else {
          t.waitForCardPresent(ms);
        }
      } catch (SmartCardException | CardException | RuntimeException e) {
        if (closed) {
          return;
        }
        readerLost(describe(e));
        pause();
      }
    }
  }

  /** Finds the reader, updates status and card presence; null when no reader matches. */
  private CardTerminal refresh() throws SmartCardException {
    CardTerminal found = findTerminal();
    if (found == null) {
      readerLost(noReaderMessage());
      return null;
    }
    boolean present;
    try {
      present = found.isCardPresent();
    } catch (CardException e) {
      throw new SmartCardException(
          SmartCardException.Reason.NO_READER,
          "Reader " + found.getName() + " does not answer: " + describe(e) + ".",
          e);
    }
    synchronized (lock) {
      if (closed) {
        return null;
      }
      if (terminal != null && !terminal.getName().equals(found.getName())) {
        dropCardLocked();
      }
      terminal = found;
    }
    status.moveTo(DeviceStatus.ONLINE, "reader " + found.getName());
    setPresence(found, present);
    return found;
  }

  private CardTerminal findTerminal() throws SmartCardException {
    List<CardTerminal> all;
    try {
      all = source.terminals().list();
    } catch (CardException e) {
      if (describe(e).contains("SCARD_E_NO_READERS_AVAILABLE")) {
        return null;
      }
      throw new SmartCardException(
          SmartCardException.Reason.NO_READER,
          "PC/SC cannot list readers: " + describe(e) + "; is pcscd running?",
          e);
    }
    String filter = config.readerFilter().toLowerCase(Locale.ROOT);
    return all.stream()
        .filter(t -> t.getName().toLowerCase(Locale.ROOT).contains(filter))
        .findFirst()
        .orElse(null);
  }

  private void setPresence(CardTerminal t, boolean present) {
    CardEvent event;
    synchronized (lock) {
      if (present == cardPresent) {
        return;
      }
      cardPresent = present;
      String hex = "";
      if (present) {
        try {
          hex = HexFormat.of().withUpperCase().formatHex(connectLocked().getATR().getBytes());
        } catch (SmartCardException e) {
          LOG.warn("{}: a card went in but does not answer: {}", name(), e.getMessage());
        }
      } else {
        dropCardLocked();
      }
      event =
          new CardEvent(
              name(),
              t.getName(),
              present ? CardEvent.Type.INSERTED : CardEvent.Type.REMOVED,
              hex,
              Instant.now());
    }
    fire(event);
  }

  private void readerLost(String detail) {
    if (closed) {
      return;
    }
    String readerName;
    boolean hadCard;
    synchronized (lock) {
      readerName = terminal == null ? "" : terminal.getName();
      hadCard = cardPresent;
      cardPresent = false;
      dropCardLocked();
      terminal = null;
    }
    status.moveTo(DeviceStatus.NO_DEVICE, detail);
    if (hadCard) {
      fire(new CardEvent(name(), readerName, CardEvent.Type.REMOVED, "", Instant.now()));
    }
  }

  private void fire(CardEvent event) {
    LOG.info("{}: card {} in {}", name(), event.type(), event.reader());
    for (CardPresenceListener listener : cardListeners) {
      try {
        listener.cardEvent(event);
      } catch (RuntimeException e) {
        LOG.warn("{}: a card listener failed", name(), e);
      }
    }
  }

  private void dropCardLocked() {
    if (card != null) {
      try {
        card.disconnect(false);
      } catch (CardException | IllegalStateException e) {
        LOG.debug("{}: releasing the card failed: {}", name(), e.getMessage());
      }
    }
    card = null;
    atr = null;
  }

  private void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
    } catch (InterruptedException e) {
      if (closed) {
        return;
      }
      Thread.currentThread().interrupt();
    }
    Duration next = backoff.multipliedBy(2);
    backoff = next.compareTo(config.reconnectMax()) > 0 ? config.reconnectMax() : next;
  }

  /** Sorts a failed exchange into a removed card or a communication error. */
  SmartCardException exchangeFailure(CommandAPDU command, Exception e) {
    String text = describe(e);
    String header =
        String.format(
            "%02X%02X%02X%02X",
            command.getCLA(), command.getINS(), command.getP1(), command.getP2());
    CardTerminal t;
    synchronized (lock) {
      t = terminal;
    }
    boolean removed =
        e instanceof IllegalStateException
            || text.contains("REMOVED_CARD")
            || text.contains("NO_SMARTCARD")
            || t == null
            || cardGone(t);
    String where = t == null ? "the reader" : t.getName();
    if (removed) {
      synchronized (lock) {
        dropCardLocked();
      }
      return new SmartCardException(
          SmartCardException.Reason.CARD_REMOVED,
          "The card was taken out of " + where + " during command " + header + ".",
          e);
    }
    if (e instanceof IllegalArgumentException) {
      return new SmartCardException(
          SmartCardException.Reason.BAD_RESPONSE,
          "The card in " + where + " answered command " + header + " with less than a status word.",
          e);
    }
    return new SmartCardException(
        SmartCardException.Reason.COMMUNICATION,
        "Command " + header + " to the card in " + where + " failed: " + text + ".",
        e);
  }

  private boolean cardGone(CardTerminal t) {
    try {
      return t.waitForCardAbsent(Math.max(1, config.removalGrace().toMillis()));
    } catch (CardException | RuntimeException e) {
      return false;
    }
  }

  private String noReaderMessage() {
    return config.readerFilter().isEmpty()
        ? "No smart card reader is connected."
        : "No smart card reader whose name contains '" + config.readerFilter() + "' is connected.";
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      text.append(": ").append(c.getMessage());
    }
    return text.toString();
  }
}
