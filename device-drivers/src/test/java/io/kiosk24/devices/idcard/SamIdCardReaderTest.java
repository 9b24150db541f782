package io.kiosk24.devices.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.StatusEvent;
import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.serial.InMemorySerialLink;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SamIdCardReaderTest {

  private static final IdCardReaderConfig FAST =
      IdCardReaderConfig.defaults()
          .withPollInterval(Duration.ofMillis(20))
          .withReplyTimeout(Duration.ofMillis(300))
          .withHealthInterval(Duration.ofMillis(100))
          .withReconnect(Duration.ofMillis(20), Duration.ofMillis(200));

  private IdCardEmulator emulator;
  private SamIdCardReader reader;

  @BeforeEach
  void start() throws Exception {
    InMemorySerialLink.Pair pair = InMemorySerialLink.pair();
    emulator = new IdCardEmulator(pair.device(), SampleCard.builtIn()).start();
    emulator.slowReplyDelay(Duration.ofMillis(600));
    reader = new SamIdCardReader(pair::host, "memory", FAST);
    reader.open();
  }

  @AfterEach
  void stop() {
    reader.close();
    emulator.close();
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0, RESIDENT
          1, HMT_RESIDENT
          2, FOREIGN_PERMANENT_2017
          3, FOREIGN_PERMANENT_2023
          """)
  void readsEveryCardType(int index, CardType type) throws Exception {
    emulator.placeCard(index);
    IdCard card = reader.read(Duration.ofSeconds(2));
    assertThat(card.type()).isEqualTo(type);
    assertThat(card.photo()).isEqualTo(SampleCard.builtIn().get(index).photo());
    assertThat(reader.status()).isEqualTo(DeviceStatus.ONLINE);
  }

  @Test
  void waitsForACardPlacedLater() throws Exception {
    Thread placer =
        new Thread(
            () -> {
              await().until(() -> emulator.requestsServed() > 4);
              emulator.placeCard(0);
            });
    placer.start();
    assertThat(reader.read(Duration.ofSeconds(5)).name()).isEqualTo("陈秀英");
  }

  @Test
  void reportsNoCard() {
    assertThatThrownBy(() -> reader.read(Duration.ofMillis(100)))
        .isInstanceOfSatisfying(
            IdCardException.class,
            e -> assertThat(e.reason()).isEqualTo(IdCardException.Reason.NO_CARD));
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
  void turnsEveryFaultIntoItsReason(IdCardEmulator.Fault fault, IdCardException.Reason reason) {
    emulator.placeCard(0);
    emulator.inject(fault);
    assertThatThrownBy(() -> reader.read(Duration.ofSeconds(2)))
        .isInstanceOfSatisfying(
            IdCardException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageNotContaining("陈秀英")
        .hasMessageNotContaining("440604195607180021");
  }

  @Test
  void readsThroughGarbage() throws Exception {
    emulator.placeCard(2);
    emulator.inject(IdCardEmulator.Fault.GARBAGE);
    assertThat(reader.read(Duration.ofSeconds(2)).type())
        .isEqualTo(CardType.FOREIGN_PERMANENT_2017);
  }

  @Test
  void recoversFromASamFaultByItself() {
    List<StatusEvent> events = new CopyOnWriteArrayList<>();
    reader.addStatusListener(events::add);
    emulator.inject(IdCardEmulator.Fault.SAM_FAULT);
    await().until(() -> reader.status() == DeviceStatus.HARDWARE_ERROR);
    emulator.inject(IdCardEmulator.Fault.NONE);
    await().until(() -> reader.status() == DeviceStatus.ONLINE);
    assertThat(events)
        .extracting(StatusEvent::current)
        .containsExactly(DeviceStatus.HARDWARE_ERROR, DeviceStatus.ONLINE);
  }

  @Test
  void readsSamIdAndAdditionalAddress() throws Exception {
    assertThat(reader.samId().text()).isEqualTo("05.01-20101012-0001234567-1234567890");
    emulator.placeCard(0);
    reader.read(Duration.ofSeconds(1));
    assertThat(reader.readAdditionalAddress()).contains("广东省佛山市南海区桂城街道样板街3号");
    emulator.placeCard(1);
    reader.read(Duration.ofSeconds(1));
    assertThat(reader.readAdditionalAddress()).isEmpty();
    assertThat(reader.selfTest().passed()).isTrue();
  }

  @Test
  void reportsNoDeviceWhenTheLineDies() {
    emulator.close();
    await().until(() -> reader.status() == DeviceStatus.NO_DEVICE);
  }

  @ParameterizedTest
  @EnumSource(CardType.class)
  void emulatorFromConfigurationUsesTheRealDriver(CardType type) throws Exception {
    Properties p = new Properties();
    p.setProperty("profile", "demo");
    p.setProperty("device.idcard.driver", "emulator");
    p.setProperty("device.idcard.card", String.valueOf(type.ordinal()));
    try (IdCardReader configured = IdCardReaders.open(DeviceConfig.from(p))) {
      assertThat(configured).isInstanceOf(EmulatedIdCardReader.class);
      assertThat(configured.status()).isEqualTo(DeviceStatus.ONLINE);
      assertThat(configured.read(Duration.ofSeconds(2)).type()).isEqualTo(type);
    }
  }

  @Test
  void productionRefusesAnEmulator() {
    Properties p = new Properties();
    p.setProperty("device.idcard.driver", "emulator");
    assertThatThrownBy(() -> DeviceConfig.from(p))
        .isInstanceOf(DeviceConfigException.class)
        .hasMessageContaining("production profile refuses the emulator");
  }

  @Test
  void aMissingSerialPortGivesAReaderThatWaitsForIt() throws Exception {
    Properties p = new Properties();
    p.setProperty("device.idcard.driver", "sam-serial");
    p.setProperty("device.idcard.port", "/dev/kiosk24-no-such-port");
    DeviceConfig config = DeviceConfig.from(p);
    assertThat(config.require("idcard").baud()).isEqualTo(115200);
    try (IdCardReader missing = IdCardReaders.open(config)) {
      assertThat(missing.status()).isEqualTo(DeviceStatus.NO_DEVICE);
    }
  }
}
