package io.kiosk24.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SmartCardEmulatorTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  private final List<CardEvent> events = new CopyOnWriteArrayList<>();
  private SmartCardReaders.Emulated emulated;

  private SmartCardReaders.Emulated open(Map<String, String> options) throws Exception {
    emulated =
        SmartCardReaders.openEmulated(
            new DeviceSettings("smartcard", DeviceSettings.EMULATOR, "", options));
    emulated.reader().addCardListener(events::add);
    return emulated;
  }

  @AfterEach
  void close() {
    if (emulated != null) {
      emulated.reader().close();
    }
  }

  @Test
  void readsTheInsertedCardThroughTheReaderAndTheSsseProfile() throws Exception {
    SmartCardReader reader = open(Map.of()).reader();
    assertThat(reader.status()).isEqualTo(DeviceStatus.ONLINE);
    assertThat(reader.isCardPresent()).isFalse();

    emulated.emulator().insert();

    await().atMost(WAIT).until(() -> events.size() == 1);
    assertThat(events.get(0).type()).isEqualTo(CardEvent.Type.INSERTED);
    assertThat(events.get(0).reader()).isEqualTo(SmartCardEmulator.READER_NAME);
    assertThat(events.get(0).atr()).isEqualTo("3B8880014B32342D535353457F");
    assertThat(reader.isCardPresent()).isTrue();
    assertThat(emulated.emulator().isInserted()).isTrue();
    try (SmartCardChannel channel = reader.connect()) {
      assertThat(new SsseApplication().read(channel)).isEqualTo(SmartCardEmulator.SAMPLE_CARD);
    }
  }

  @Test
  void readsACardWithOtherData() throws Exception {
    SmartCardReader reader = open(Map.of()).reader();
    SocialSecurityCard other =
        new SocialSecurityCard(
            "11010012345678900000000000000042",
            "110100",
            "A",
            "2.00",
            LocalDate.of(2019, 1, 2),
            LocalDate.of(2029, 1, 1),
            "K2400");

    emulated.emulator().insert(other);

    await().atMost(WAIT).until(reader::isCardPresent);
    assertThat(new SsseApplication().read(reader.connect())).isEqualTo(other);
  }

  @Test
  void answersTheExactBytesOfTheSsseProfile() {
    EmulatedSsseCard card = new EmulatedSsseCard(SmartCardEmulator.SAMPLE_CARD);
    HexFormat hex = HexFormat.of().withUpperCase();

    assertThat(hex.formatHex(card.transmit(hex.parseHex("00B2010412")))).isEqualTo("6986");
    assertThat(
            hex.formatHex(card.transmit(hex.parseHex("00A404000F7378312E73682EC9E7BBE1B1A3D5CF"))))
        .isEqualTo("6113");
    assertThat(hex.formatHex(card.transmit(hex.parseHex("00C0000013"))))
        .isEqualTo("6F11840F7378312E73682EC9E7BBE1B1A3D5CF9000");
    assertThat(hex.formatHex(card.transmit(hex.parseHex("00A4020002EF05")))).isEqualTo("9000");
    assertThat(hex.formatHex(card.transmit(hex.parseHex("00B2070400")))).isEqualTo("6C0B");
    assertThat(hex.formatHex(card.transmit(hex.parseHex("00B207040B"))))
        .isEqualTo("07094B32343030303031379000");
    assertThat(hex.formatHex(card.transmit(hex.parseHex("00B2040400")))).isEqualTo("6A83");
    assertThat(hex.formatHex(card.transmit(hex.parseHex("80B2010412")))).isEqualTo("6E00");
  }

  @Test
  void removingTheCardFiresTheRemovedEventAndALaterReadFindsNoCard() throws Exception {
    SmartCardReader reader = open(Map.of("inserted", "true")).reader();
    assertThat(reader.isCardPresent()).isTrue();
    SmartCardChannel held = reader.connect();

    emulated.emulator().remove();

    await().atMost(WAIT).until(() -> !reader.isCardPresent());
    assertThat(events).extracting(CardEvent::type).containsExactly(CardEvent.Type.REMOVED);
    assertThat(emulated.emulator().isInserted()).isFalse();
    SmartCardException onHeld =
        catchThrowableOfType(SmartCardException.class, () -> new SsseApplication().read(held));
    assertThat(onHeld.reason()).isEqualTo(SmartCardException.Reason.CARD_REMOVED);
    SmartCardException onNew = catchThrowableOfType(SmartCardException.class, reader::connect);
    assertThat(onNew.reason()).isEqualTo(SmartCardException.Reason.NO_CARD);
    assertThat(onNew.getMessage())
        .isEqualTo("There is no card in " + SmartCardEmulator.READER_NAME + ".");
  }

  @Test
  void aCardPutBackIsReadAgain() throws Exception {
    SmartCardReader reader = open(Map.of("inserted", "true")).reader();
    emulated.emulator().remove();
    await().atMost(WAIT).until(() -> !reader.isCardPresent());

    emulated.emulator().insert();

    await().atMost(WAIT).until(reader::isCardPresent);
    assertThat(new SsseApplication().read(reader.connect()).maskedCardNumber())
        .isEqualTo("*******17");
    assertThat(events)
        .extracting(CardEvent::type)
        .containsExactly(CardEvent.Type.REMOVED, CardEvent.Type.INSERTED);
  }

  @Test
  void theEmulatorDriverOpensThroughTheFactory() throws Exception {
    try (SmartCardReader reader =
        SmartCardReaders.open(new DeviceSettings("smartcard", "emulator", "", Map.of()))) {
      assertThat(reader.status()).isEqualTo(DeviceStatus.ONLINE);
      assertThat(reader.selfTest().summary()).contains(SmartCardEmulator.READER_NAME);
    }
  }

  @Test
  void refusesAnInsertedOptionThatIsNoBoolean() {
    assertThatThrownBy(
            () ->
                SmartCardReaders.openEmulated(
                    new DeviceSettings("smartcard", "emulator", "", Map.of("inserted", "yes"))))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessage("device.smartcard.inserted must be true or false, not 'yes'.");
  }

  @Test
  void openEmulatedRefusesAnotherDriver() {
    assertThatThrownBy(
            () ->
                SmartCardReaders.openEmulated(
                    new DeviceSettings("smartcard", "pcsc", "", Map.of())))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessageContaining("is not the smart card emulator");
  }

  @Test
  void encodedRecordsParseBackToTheSameCard() throws Exception {
    assertThat(SsseRecords.parse(SsseRecords.encode(SmartCardEmulator.SAMPLE_CARD)))
        .isEqualTo(SmartCardEmulator.SAMPLE_CARD);
    assertThat(SsseRecords.encode(SmartCardEmulator.SAMPLE_CARD))
        .containsOnlyKeys(1, 2, 3, 5, 6, 7);
  }
}
