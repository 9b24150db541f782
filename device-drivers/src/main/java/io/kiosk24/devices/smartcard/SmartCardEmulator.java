package io.kiosk24.devices.smartcard;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Puts a social security card into the emulated reader and takes it out again, for the demo
 * terminal and tests. The card answers the SSSE profile ({@link SsseApplication}) from memory; the
 * reader that sees it is the real {@link PcscCardReader} over in-memory {@code javax.smartcardio}
 * terminals, so {@link CardEvent}s fire on the reader's watcher thread as they do for a real card.
 *
 * <p>Made by {@link SmartCardReaders#openEmulated}. Methods may be called from any thread.
 */
public final class SmartCardEmulator {

  /** The PC/SC name the emulated reader has. */
  public static final String READER_NAME = "Kiosk24 Emulated Reader 00 00";

  /** The built-in card: fictitious data, the same as the PC/SC test card's. */
  public static final SocialSecurityCard SAMPLE_CARD =
      new SocialSecurityCard(
          "440600D15600000512345678ABCDEF01",
          "440600",
          "3",
          "3.00",
          LocalDate.of(2021, 3, 15),
          LocalDate.of(2031, 3, 14),
          "K24000017");

  private final InMemoryCardTerminals terminals;

  SmartCardEmulator(InMemoryCardTerminals terminals) {
    this.terminals = terminals;
  }

  /** Inserts the built-in card ({@link #SAMPLE_CARD}), replacing any card in the reader. */
  public void insert() {
    insert(SAMPLE_CARD);
  }

  /**
   * Inserts a card with this data, replacing any card in the reader (which is then removed first,
   * as a citizen would swap cards).
   *
   * @throws IllegalArgumentException when a field does not fit the SSSE records (an identifier of
   *     other than 32 hex digits, a card number longer than nine characters, ...)
   */
  public void insert(SocialSecurityCard data) {
    Objects.requireNonNull(data, "data");
    terminals.slot().insert(new EmulatedSsseCard(data));
  }

  /** Takes the card out; an exchange in progress fails with {@code CARD_REMOVED}. */
  public void remove() {
    terminals.slot().remove();
  }

  /** Whether a card is in the emulated reader. */
  public boolean isInserted() {
    return terminals.slot().isCardPresent();
  }

  /** The PC/SC name of the emulated reader. */
  public String readerName() {
    return terminals.slot().getName();
  }

  @Override
  public String toString() {
    return "SmartCardEmulator[" + (isInserted() ? "card inserted" : "empty") + "]";
  }
}
