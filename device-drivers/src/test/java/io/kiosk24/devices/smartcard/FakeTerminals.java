package io.kiosk24.devices.smartcard;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * {@code javax.smartcardio} in memory: readers that a test plugs in and out, cards it inserts and
 * pulls, with card waits that wake up on those changes as PC/SC's do.
 */
final class FakeTerminals extends CardTerminals {

  private final List<Reader> readers = new CopyOnWriteArrayList<>();
  private volatile CardException failure;

  Reader plug(String name) {
    Reader reader = new Reader(name);
    readers.add(reader);
    return reader;
  }

  void unplug(Reader reader) {
    readers.remove(reader);
    reader.pull();
  }

  /** Makes every listing fail as PC/SC does when pcscd is gone; null heals. */
  void failListing(CardException e) {
    failure = e;
  }

  @Override
  public List<CardTerminal> list(State state) throws CardException {
    if (failure != null) {
      throw failure;
    }
    return List.copyOf(readers);
  }

  @Override
  public boolean waitForChange(long timeout) {
    return false;
  }

  static final class Reader extends CardTerminal {
    private final String name;
    private FakeCard card;
    private volatile boolean failExchanges;
    private volatile boolean emptyAnswers;

    Reader(String name) {
      this.name = name;
    }

    synchronized void insert(byte[] atr) {
      card = new FakeCard(this, atr);
      notifyAll();
    }

    synchronized void pull() {
      if (card != null) {
        card.gone = true;
      }
      card = null;
      notifyAll();
    }

    /** Makes exchanges fail with a transaction error, the card staying in. */
    void failExchanges() {
      failExchanges = true;
    }

    /** Makes exchanges answer no bytes at all, as pcscd with vpcd does for a vanishing card. */
    void answerEmpty() {
      emptyAnswers = true;
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
      return card;
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

    private synchronized boolean waitFor(boolean present, long timeout) throws CardException {
      long end = System.currentTimeMillis() + timeout;
      while ((card != null) != present) {
        long left = end - System.currentTimeMillis();
        if (left <= 0) {
          return false;
        }
        try {
          wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CardException("interrupted");
        }
      }
      return true;
    }
  }

  static final class FakeCard extends Card {
    private final Reader reader;
    private final byte[] atr;
    volatile boolean gone;

    FakeCard(Reader reader, byte[] atr) {
      this.reader = reader;
      this.atr = atr.clone();
    }

    @Override
    public ATR getATR() {
      return new ATR(atr);
    }

    @Override
    public String getProtocol() {
      return "T=1";
    }

    @Override
    public CardChannel getBasicChannel() {
      FakeCard card = this;
      return new CardChannel() {
        @Override
        public Card getCard() {
          return card;
        }

        @Override
        public int getChannelNumber() {
          return 0;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) throws CardException {
          if (reader.emptyAnswers) {
            return new ResponseAPDU(new byte[0]);
          }
          if (gone || reader.failExchanges) {
            throw new CardException(
                "sun.security.smartcardio.PCSCException: SCARD_E_NOT_TRANSACTED");
          }
          return new ResponseAPDU(new byte[] {(byte) 0x90, 0x00});
        }

        @Override
        public int transmit(ByteBuffer command, ByteBuffer response) {
          throw new UnsupportedOperationException();
        }

        @Override
        public void close() {}
      };
    }

    @Override
    public CardChannel openLogicalChannel() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void beginExclusive() {}

    @Override
    public void endExclusive() {}

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void disconnect(boolean reset) {}
  }
}
