package io.kiosk24.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.config.DeviceSettings;
import io.kiosk24.devices.smartcard.VirtualSmartCardRig.VirtualCard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PC/SC driver against pcscd, vpcd and a virtual social security card. */
class PcscCardReaderIT {

  private static final Duration WAIT = Duration.ofSeconds(15);

  private final List<CardEvent> events = new CopyOnWriteArrayList<>();
  private SmartCardReader reader;
  private VirtualCard card;

  @BeforeAll
  static void stack() throws Exception {
    VirtualSmartCardRig.ensurePcscd();
  }

  @BeforeEach
  void openReader() throws Exception {
    reader =
        SmartCardReaders.open(
            new DeviceSettings(
                "smartcard",
                SmartCardReaders.PCSC,
                "",
                Map.of(
                    "reader",
                    VirtualSmartCardRig.READER,
                    "library",
                    library(),
                    "watch-ms",
                    "200")));
    reader.addCardListener(events::add);
    await().atMost(WAIT).until(() -> reader.status() == DeviceStatus.ONLINE);
  }

  /** The library path from configuration, as a terminal's properties would give it. */
  private static String library() {
    return PcscCardReader.LIBRARY_CANDIDATES.stream()
        .filter(p -> Files.exists(Path.of(p)))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "libpcsclite.so.1 is missing; install the package libpcsclite1."));
  }

  @AfterEach
  void tearDown() throws Exception {
    if (card != null) {
      card.close();
    }
    reader.close();
  }

  @Test
  void readsTheAnswerToResetOfAnInsertedCard() throws Exception {
    card = VirtualSmartCardRig.insertCard();

    await().atMost(WAIT).until(() -> reader.isCardPresent());
    assertThat(HexFormat.of().withUpperCase().formatHex(reader.readAtr()))
        .isEqualTo(VirtualSmartCardRig.ATR);
    await().atMost(WAIT).until(() -> !events.isEmpty());
    assertThat(events.get(0).type()).isEqualTo(CardEvent.Type.INSERTED);
    assertThat(events.get(0).atr()).isEqualTo(VirtualSmartCardRig.ATR);
    assertThat(events.get(0).reader()).contains(VirtualSmartCardRig.READER);
  }

  @Test
  void readsTheIdentificationDataOfASocialSecurityCard() throws Exception {
    card =
        VirtualSmartCardRig.insertCard("--card-number", "K24000017", "--valid-until", "20310314");
    await().atMost(WAIT).until(() -> reader.isCardPresent());

    SocialSecurityCard read;
    try (SmartCardChannel channel = reader.connect()) {
      read = new SsseApplication().read(channel);
    }

    assertThat(read.cardNumber()).isEqualTo("K24000017");
    assertThat(read.regionCode()).isEqualTo("440600");
    assertThat(read.cardIdentifier()).isEqualTo("440600D15600000512345678ABCDEF01");
    assertThat(read.specVersion()).isEqualTo("3.00");
    assertThat(read.cardType()).isEqualTo("3");
    assertThat(read.issuedOn()).isEqualTo(LocalDate.of(2021, 3, 15));
    assertThat(read.validUntil()).isEqualTo(LocalDate.of(2031, 3, 14));
    assertThat(read.toString()).doesNotContain("K24000017");
  }

  @Test
  void aCardPulledMidExchangeIsReportedAndItsReturnNoticed() throws Exception {
    card = VirtualSmartCardRig.insertCard();
    await().atMost(WAIT).until(() -> reader.isCardPresent());
    SmartCardChannel channel = reader.connect();
    AtomicInteger exchanges = new AtomicInteger();
    CompletableFuture<Void> loop =
        CompletableFuture.runAsync(
            () -> {
              try {
                while (true) {
                  new SsseApplication().read(channel);
                  exchanges.incrementAndGet();
                }
              } catch (SmartCardException e) {
                throw new IllegalStateException(e);
              }
            });
    await().atMost(WAIT).until(() -> exchanges.get() >= 3);

    card.pull();

    ExecutionException failure =
        catchThrowableOfType(
            ExecutionException.class, () -> loop.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    assertThat(failure.getCause()).hasCauseInstanceOf(SmartCardException.class);
    SmartCardException error = (SmartCardException) failure.getCause().getCause();
    assertThat(error.reason()).isEqualTo(SmartCardException.Reason.CARD_REMOVED);
    assertThat(error.getMessage()).contains("taken out").doesNotContain("K24000017");
    await()
        .atMost(WAIT)
        .until(() -> events.stream().anyMatch(e -> e.type() == CardEvent.Type.REMOVED));
    assertThat(reader.isCardPresent()).isFalse();
    assertThat(reader.status()).isEqualTo(DeviceStatus.ONLINE);

    card = VirtualSmartCardRig.insertCard();

    await()
        .atMost(WAIT)
        .until(
            () ->
                events.size() >= 3
                    && events.get(events.size() - 1).type() == CardEvent.Type.INSERTED);
    try (SmartCardChannel again = reader.connect()) {
      assertThat(new SsseApplication().read(again).regionCode()).isEqualTo("440600");
    }
  }

  @Test
  void aRequestWithoutACardIsATypedError() {
    SmartCardException error = catchThrowableOfType(SmartCardException.class, reader::connect);

    assertThat(error.reason()).isEqualTo(SmartCardException.Reason.NO_CARD);
  }

  @Test
  void selfTestReadsTheAtrOfACardWhenOneIsIn() throws Exception {
    SelfTestResult empty = reader.selfTest();
    assertThat(empty.passed()).isTrue();
    assertThat(empty.summary()).contains("no card");

    card = VirtualSmartCardRig.insertCard();
    await().atMost(WAIT).until(() -> reader.isCardPresent());

    SelfTestResult withCard = reader.selfTest();
    assertThat(withCard.passed()).isTrue();
    assertThat(withCard.summary()).contains("answered reset with 13 bytes");
  }

  @Test
  void aReaderThatIsNotConnectedIsNoDevice() throws Exception {
    try (SmartCardReader missing =
        SmartCardReaders.open(
            new DeviceSettings(
                "smartcard", SmartCardReaders.PCSC, "", Map.of("reader", "No Such Reader 9")))) {
      assertThat(missing.status()).isEqualTo(DeviceStatus.NO_DEVICE);
      assertThat(missing.selfTest().summary()).contains("No Such Reader 9");
    }
  }
}
