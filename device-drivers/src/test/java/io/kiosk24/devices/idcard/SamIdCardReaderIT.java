package io.kiosk24.devices.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.serial.JSerialCommLink;
import io.kiosk24.devices.serial.SerialLinkFactory;
import io.kiosk24.devices.serial.SocatPtyPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The driver over a real pty pair, with the emulator on the other end. */
class SamIdCardReaderIT {

  private static final IdCardReaderConfig CONFIG =
      IdCardReaderConfig.defaults()
          .withPollInterval(Duration.ofMillis(50))
          .withReplyTimeout(Duration.ofMillis(800))
          .withHealthInterval(Duration.ofMillis(200))
          .withReconnect(Duration.ofMillis(50), Duration.ofMillis(400));

  private SocatPtyPair pair;
  private IdCardEmulator emulator;
  private SamIdCardReader reader;

  @BeforeEach
  void start() throws Exception {
    pair = SocatPtyPair.start();
    emulator =
        new IdCardEmulator(JSerialCommLink.open(pair.right(), 115200), SampleCard.builtIn())
            .start();
    emulator.slowReplyDelay(Duration.ofMillis(1500));
    reader =
        new SamIdCardReader(
            SerialLinkFactory.jSerialComm(pair.left(), 115200), pair.left(), CONFIG);
    reader.open();
  }

  @AfterEach
  void stop() {
    reader.close();
    emulator.close();
    pair.close();
  }

  @ParameterizedTest
  @EnumSource(CardType.class)
  void readsEveryCardTypeOverAPty(CardType type) throws Exception {
    emulator.placeCard(type.ordinal());
    IdCard card = reader.read(Duration.ofSeconds(3));
    assertThat(card.type()).isEqualTo(type);
    assertThat(card.photo()).hasSize(1024);
    assertThat(card)
        .isEqualTo(
            CardTextParser.parse(
                SampleCard.builtIn().get(type.ordinal()).text(),
                SampleCard.builtIn().get(type.ordinal()).photo()));
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          BAD_CHECKSUM,          BAD_FRAME
          TRUNCATED_FRAME,       BAD_FRAME
          SLOW_REPLIES,          TIMEOUT
          SAM_FAULT,             SAM_FAULT
          CARD_REMOVED_MID_READ, CARD_REMOVED
          """)
  void reportsEveryInjectedFault(IdCardEmulator.Fault fault, IdCardException.Reason reason) {
    emulator.placeCard(0);
    emulator.inject(fault);
    assertThatThrownBy(() -> reader.read(Duration.ofSeconds(3)))
        .isInstanceOfSatisfying(
            IdCardException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void readsThroughLineNoise() throws Exception {
    emulator.placeCard(3);
    emulator.inject(IdCardEmulator.Fault.GARBAGE);
    assertThat(reader.read(Duration.ofSeconds(3)).type())
        .isEqualTo(CardType.FOREIGN_PERMANENT_2023);
  }

  @Test
  void reportsNoCardWhenNoneIsPlaced() {
    assertThatThrownBy(() -> reader.read(Duration.ofMillis(300)))
        .isInstanceOfSatisfying(
            IdCardException.class,
            e -> assertThat(e.reason()).isEqualTo(IdCardException.Reason.NO_CARD));
  }

  @Test
  void readsTheNextCardAfterAFault() throws Exception {
    emulator.placeCard(0);
    emulator.inject(IdCardEmulator.Fault.TRUNCATED_FRAME);
    assertThatThrownBy(() -> reader.read(Duration.ofSeconds(2)))
        .isInstanceOf(IdCardException.class);
    emulator.inject(IdCardEmulator.Fault.NONE);
    assertThat(reader.read(Duration.ofSeconds(2)).type()).isEqualTo(CardType.RESIDENT);
  }

  @Test
  void reconnectsByItselfWhenTheReaderComesBack(@TempDir Path dir) throws Exception {
    Path host = dir.resolve("idcard-host");
    Path device = dir.resolve("idcard-device");
    SocatPtyPair plugged = SocatPtyPair.start(host, device);
    IdCardEmulator first =
        new IdCardEmulator(JSerialCommLink.open(device.toString(), 115200), SampleCard.builtIn())
            .start();
    try (SamIdCardReader usb =
        new SamIdCardReader(
            SerialLinkFactory.jSerialComm(host.toString(), 115200), host.toString(), CONFIG)) {
      usb.open();
      assertThat(usb.status()).isEqualTo(DeviceStatus.ONLINE);

      first.close();
      plugged.close();
      await().until(() -> usb.status() == DeviceStatus.NO_DEVICE);
      await().until(() -> !Files.exists(host));

      SocatPtyPair replugged = SocatPtyPair.start(host, device);
      IdCardEmulator second =
          new IdCardEmulator(JSerialCommLink.open(device.toString(), 115200), SampleCard.builtIn())
              .start();
      try {
        await().atMost(Duration.ofSeconds(10)).until(() -> usb.status() == DeviceStatus.ONLINE);
        second.placeCard(1);
        assertThat(usb.read(Duration.ofSeconds(3)).type()).isEqualTo(CardType.HMT_RESIDENT);
      } finally {
        second.close();
        replugged.close();
      }
    }
  }
}
