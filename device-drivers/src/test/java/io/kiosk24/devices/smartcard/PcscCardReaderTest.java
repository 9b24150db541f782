package io.kiosk24.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.StatusEvent;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.smartcardio.CardException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PcscCardReaderTest {

  private static final byte[] ATR = HexFormat.of().parseHex("3B8880014B32342D535353457F");
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final FakeTerminals terminals = new FakeTerminals();
  private final List<StatusEvent> statuses = new CopyOnWriteArrayList<>();
  private final List<CardEvent> cards = new CopyOnWriteArrayList<>();
  private final PcscCardReader reader =
      new PcscCardReader(
          SmartCardReaderConfig.defaults()
              .withReaderFilter("acs")
              .withWatchInterval(Duration.ofMillis(50))
              .withReconnect(Duration.ofMillis(20), Duration.ofMillis(80)),
          () -> terminals);

  {
    reader.addStatusListener(statuses::add);
    reader.addCardListener(cards::add);
  }

  @AfterEach
  void close() {
    reader.close();
  }

  @Test
  void aReaderThatComesAndGoesTurnsOnlineAndNoDevice() throws Exception {
    terminals.plug("Other Vendor Reader 0");
    SmartCardException atStart = catchThrowableOfType(SmartCardException.class, reader::open);
    assertThat(atStart.reason()).isEqualTo(SmartCardException.Reason.NO_READER);
    assertThat(atStart.getMessage()).contains("'acs'");
    assertThat(reader.status()).isEqualTo(DeviceStatus.NO_DEVICE);

    FakeTerminals.Reader acs = terminals.plug("ACS ACR39U ICC Reader 00 00");
    await().atMost(WAIT).until(() -> reader.status() == DeviceStatus.ONLINE);
    assertThat(reader.readerName()).contains("ACS ACR39U ICC Reader 00 00");

    acs.insert(ATR);
    await().atMost(WAIT).until(reader::isCardPresent);
    terminals.unplug(acs);

    await().atMost(WAIT).until(() -> reader.status() == DeviceStatus.NO_DEVICE);
    await().atMost(WAIT).until(() -> cards.size() == 2);
    assertThat(cards)
        .extracting(CardEvent::type)
        .containsExactly(CardEvent.Type.INSERTED, CardEvent.Type.REMOVED);
    assertThat(statuses)
        .extracting(StatusEvent::current)
        .containsExactly(DeviceStatus.NO_DEVICE, DeviceStatus.ONLINE, DeviceStatus.NO_DEVICE);
  }

  @Test
  void aStoppedPcscServiceIsNoDeviceUntilItIsBack() throws Exception {
    terminals.plug("ACS ACR39U");
    reader.open();
    terminals.failListing(new CardException("list() failed", new Exception("SCARD_E_NO_SERVICE")));

    await().atMost(WAIT).until(() -> reader.status() == DeviceStatus.NO_DEVICE);
    assertThat(reader.selfTest().passed()).isFalse();

    terminals.failListing(null);
    await().atMost(WAIT).until(() -> reader.status() == DeviceStatus.ONLINE);
  }

  @Test
  void reportsAnInsertedCardWithItsAtr() throws Exception {
    FakeTerminals.Reader acs = terminals.plug("ACS ACR39U");
    reader.open();

    acs.insert(ATR);

    await().atMost(WAIT).until(() -> cards.size() == 1);
    assertThat(cards.get(0).type()).isEqualTo(CardEvent.Type.INSERTED);
    assertThat(cards.get(0).atr()).isEqualTo("3B8880014B32342D535353457F");
    assertThat(reader.readAtr()).isEqualTo(ATR);
    assertThat(reader.selfTest().summary()).contains("answered reset with 13 bytes");
  }

  @Test
  void aCardPulledDuringAnExchangeIsCardRemoved() throws Exception {
    FakeTerminals.Reader acs = terminals.plug("ACS ACR39U");
    acs.insert(ATR);
    reader.open();
    SmartCardChannel channel = reader.connect();
    assertThat(channel.transmit(new byte[] {0, (byte) 0xB2, 1, 4, 0})).containsExactly(0x90, 0);

    acs.pull();
    SmartCardException e =
        catchThrowableOfType(
            SmartCardException.class, () -> channel.transmit(new byte[] {0, (byte) 0xB2, 1, 4, 0}));

    assertThat(e.reason()).isEqualTo(SmartCardException.Reason.CARD_REMOVED);
    assertThat(e.getMessage())
        .isEqualTo("The card was taken out of ACS ACR39U during command 00B20104.");
  }

  @Test
  void aFailedExchangeWithTheCardStillInIsACommunicationError() throws Exception {
    FakeTerminals.Reader acs = terminals.plug("ACS ACR39U");
    acs.insert(ATR);
    reader.open();
    SmartCardChannel channel = reader.connect();

    acs.failExchanges();
    SmartCardException e =
        catchThrowableOfType(
            SmartCardException.class, () -> channel.transmit(new byte[] {0, (byte) 0xB2, 1, 4, 0}));

    assertThat(e.reason()).isEqualTo(SmartCardException.Reason.COMMUNICATION);
    assertThat(e.getMessage()).contains("SCARD_E_NOT_TRANSACTED");
  }

  @Test
  void anEmptyAnswerFromAVanishingCardIsCardRemoved() throws Exception {
    FakeTerminals.Reader acs = terminals.plug("ACS ACR39U");
    acs.insert(ATR);
    reader.open();
    SmartCardChannel channel = reader.connect();

    acs.answerEmpty();
    acs.pull();
    SmartCardException e =
        catchThrowableOfType(
            SmartCardException.class, () -> channel.transmit(new byte[] {0, (byte) 0xB2, 1, 4, 0}));

    assertThat(e.reason()).isEqualTo(SmartCardException.Reason.CARD_REMOVED);
  }

  @Test
  void anEmptyAnswerFromACardStillInIsABadResponse() throws Exception {
    FakeTerminals.Reader acs = terminals.plug("ACS ACR39U");
    acs.insert(ATR);
    reader.open();
    SmartCardChannel channel = reader.connect();

    acs.answerEmpty();
    SmartCardException e =
        catchThrowableOfType(
            SmartCardException.class, () -> channel.transmit(new byte[] {0, (byte) 0xB2, 1, 4, 0}));

    assertThat(e.reason()).isEqualTo(SmartCardException.Reason.BAD_RESPONSE);
    assertThat(e.getMessage())
        .isEqualTo(
            "The card in ACS ACR39U answered command 00B20104 with less than a status word.");
  }

  @Test
  void connectingWithoutACardIsNoCard() throws Exception {
    terminals.plug("ACS ACR39U");
    reader.open();

    SmartCardException e = catchThrowableOfType(SmartCardException.class, reader::connect);

    assertThat(e.reason()).isEqualTo(SmartCardException.Reason.NO_CARD);
    assertThat(reader.selfTest().summary()).isEqualTo("Reader ACS ACR39U is ready; no card in it.");
  }
}
