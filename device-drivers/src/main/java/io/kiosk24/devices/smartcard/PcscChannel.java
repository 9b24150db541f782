package io.kiosk24.devices.smartcard;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;

/** The {@link SmartCardChannel} adapter over a {@code javax.smartcardio} card's basic channel. */
final class PcscChannel implements SmartCardChannel {

  private final PcscCardReader reader;
  private final Card card;
  private final byte[] atr;

  PcscChannel(PcscCardReader reader, Card card) {
    this.reader = reader;
    this.card = card;
    this.atr = card.getATR().getBytes();
  }

  @Override
  public byte[] atr() {
    return atr.clone();
  }

  /**
   * Sends through the basic channel. PC/SC reports a card pulled mid-exchange in several ways
   * ({@code SCARD_W_REMOVED_CARD}, {@code SCARD_E_NO_SMARTCARD}, a plain transaction failure or an
   * empty response while the reader notices the removal a moment later, or a card handle the
   * watcher already released): the reader sorts them into {@code CARD_REMOVED} or {@code
   * COMMUNICATION}.
   */
  @Override
  public byte[] transmit(byte[] command) throws SmartCardException {
    CommandAPDU apdu = new CommandAPDU(command);
    try {
      return card.getBasicChannel().transmit(apdu).getBytes();
    } catch (CardException | IllegalStateException e) {
      throw reader.exchangeFailure(apdu, e);
    } catch (IllegalArgumentException e) {
      // The JDK refuses a response shorter than the status word. pcscd with vpcd hands back an
      // empty one when the card vanishes mid-command, so this too may be a removal.
      throw reader.exchangeFailure(apdu, e);
    }
  }
}
