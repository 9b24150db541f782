package io.kiosk24.devices.smartcard;

import java.nio.ByteBuffer;
import java.util.List;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * {@code javax.smartcardio} in memory: one reader whose card the emulator inserts and removes, with
 * card waits that wake up on those changes as PC/SC's do, so {@link PcscCardReader} runs unchanged
 * on top of it. Failures read as pcsc-lite's do ({@code SCARD_E_NO_SMARTCARD}, {@code
 * SCARD_W_REMOVED_CARD}), which the reader sorts into {@code NO_CARD} and {@code CARD_REMOVED}.
 */
final class InMemoryCardTerminals extends CardTerminals {

  private final Slot slot;

  InMemoryCardTerminals(String readerName) {
    this.slot = new Slot(readerName);
  }

  Slot slot() {
    return slot;
  }

  @Override
  public List<CardTerminal> list(State state) {
    boolean present = slot.isCardPresent();
    return switch (state) {
      case ALL -> List.of(slot);
      case CARD_PRESENT -> present ? List.of(slot) : List.of();
      case CARD_ABSENT -> present ? List.of() : List.of(slot);
      case CARD_INSERTION, CARD_REMOVAL -> List.of();
    };
  }

  @Override
  public boolean waitForChange(long timeout) throws CardException {
    return slot.waitForChange(timeout);
  }

  /** The one reader; every method may be called from any thread. */
  static final class Slot extends CardTerminal {
    private final String name;
    private EmulatedSsseCard card;
    private Session session;
    private long changes;

    private Slot(String name) {
      this.name = name;
    }

    synchronized void insert(EmulatedSsseCard inserted) {
      pullLocked();
      card = inserted;
      card.reset();
      changes++;
      notifyAll();
    }

    synchronized void remove() {
      pullLocked();
      changes++;
      notifyAll();
    }

    private void pullLocked() {
      if (session != null) {
        session.gone = true;
        session = null;
      }
      card = null;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public synchronized Card connect(String protocol) throws CardException {
      if (card == null) {
        throw new CardException("connect() failed", new Exception("SCARD_E_NO_SMARTCARD"));
      }
      if (session == null) {
        card.reset();
        session = new Session(this, card);
      }
      return session;
    }

    @Override
    public synchronized boolean isCardPresent() {
      return card != null;
    }

    @Override
    public boolean waitForCardPresent(long timeout) throws CardException {
      return waitFor(true, timeout);
    }

    @Override
    public boolean waitForCardAbsent(long timeout) throws CardException {
      return waitFor(false, timeout);
    }

    /** Waits as PC/SC does: {@code timeout} 0 waits for ever. */
    private synchronized boolean waitFor(boolean present, long timeout) throws CardException {
      long end = timeout == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeout;
      while ((card != null) != present) {
        if (!await(end)) {
          return false;
        }
      }
      return true;
    }

    private synchronized boolean waitForChange(long timeout) throws CardException {
      long end = timeout == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeout;
      long seen = changes;
      while (changes == seen) {
        if (!await(end)) {
          return false;
        }
      }
      return true;
    }

    private boolean await(long end) throws CardException {
      long left = end - System.currentTimeMillis();
      if (left <= 0) {
        return false;
      }
      try {
        wait(left);
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CardException("SCARD_E_CANCELLED", e);
      }
    }

    synchronized byte[] transmit(Session from, byte[] command) throws CardException {
      if (from.gone || from.card != card) {
        throw new CardException("transmit() failed", new Exception("SCARD_W_REMOVED_CARD"));
      }
      return card.transmit(command);
    }

    synchronized void disconnect(Session from) {
      if (session == from) {
        session = null;
      }
    }
  }

  /** A connection to the card in the slot; dead once the card is removed or disconnected. */
  private static final class Session extends Card {
    private final Slot slot;
    private final EmulatedSsseCard card;
    private volatile boolean gone;
    private volatile boolean disconnected;

    Session(Slot slot, EmulatedSsseCard card) {
      this.slot = slot;
      this.card = card;
    }

    @Override
    public ATR getATR() {
      return new ATR(card.atr());
    }

    @Override
    public String getProtocol() {
      return "T=1";
    }

    @Override
    public CardChannel getBasicChannel() {
      if (disconnected) {
        throw new IllegalStateException("Card has been disconnected");
      }
      Session self = this;
      return new CardChannel() {
        @Override
        public Card getCard() {
          return self;
        }

        @Override
        public int getChannelNumber() {
          return 0;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) throws CardException {
          if (disconnected) {
            throw new IllegalStateException("Card has been disconnected");
          }
          return new ResponseAPDU(slot.transmit(self, command.getBytes()));
        }

        @Override
        public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
          byte[] in = new byte[command.remaining()];
          command.get(in);
          byte[] out = transmit(new CommandAPDU(in)).getBytes();
          response.put(out);
          return out.length;
        }

        @Override
        public void close() {
          throw new IllegalStateException("The basic channel cannot be closed.");
        }
      };
    }

    @Override
    public CardChannel openLogicalChannel() throws CardException {
      throw new CardException("SCARD_E_UNSUPPORTED_FEATURE");
    }

    @Override
    public void beginExclusive() {}

    @Override
    public void endExclusive() {}

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
      throw new CardException("SCARD_E_UNSUPPORTED_FEATURE");
    }

    @Override
    public void disconnect(boolean reset) {
      disconnected = true;
      slot.disconnect(this);
    }
  }
}
