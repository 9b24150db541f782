package io.kiosk24.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk24.devices.idcard.IdCardEmulator;
import io.kiosk24.devices.idcard.SampleCard;
import io.kiosk24.devices.serial.JSerialCommLink;
import io.kiosk24.devices.serial.SocatPtyPair;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** kioskctl in-process against the ID card emulator on the far end of a socat pty pair. */
class KioskCtlIdCardIT {

  private SocatPtyPair pair;
  private IdCardEmulator emulator;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws Exception {
    pair = SocatPtyPair.start();
    emulator =
        new IdCardEmulator(JSerialCommLink.open(pair.right(), 115200), SampleCard.builtIn())
            .start();
    emulator.slowReplyDelay(Duration.ofMillis(3500));
  }

  @AfterEach
  void stop() {
    emulator.close();
    pair.close();
  }

  private int kioskctl(String... args) {
    return KioskCtl.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          0, RESIDENT,               陈秀英,     4406**********0021, 广东省佛山市****, 长期
          1, HMT_RESIDENT,           黄家明,     8100**********0018, 广东省深圳市****, 2026-06-01
          2, FOREIGN_PERMANENT_2017, 约翰样本,   USA4*******1500,    '',               2029-01-01
          3, FOREIGN_PERMANENT_2023, 玛丽亚样本, 9447**********0020, '',               2033-01-01
          """)
  void readsEveryCardTypeAsMaskedJson(
      int index, String type, String name, String idNumber, String address, String validTo)
      throws Exception {
    emulator.placeCard(index);
    int code = kioskctl("idcard", "read", "--port", pair.left(), "--timeout", "3", "--json");
    assertThat(err.toString()).isEmpty();
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("type").asText()).isEqualTo(type);
    assertThat(json.get("name").asText()).isEqualTo(name);
    assertThat(json.get("idNumber").asText()).isEqualTo(idNumber);
    assertThat(json.get("address").asText()).isEqualTo(address);
    assertThat(json.get("validTo").asText()).isEqualTo(validTo);
    assertThat(json.get("photoBytes").asInt()).isEqualTo(1024);
    assertThat(json.get("idNumberValid").asBoolean()).isEqualTo(index != 2);
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "type",
            "name",
            "englishName",
            "sex",
            "nation",
            "nationality",
            "birthDate",
            "address",
            "idNumber",
            "authority",
            "validFrom",
            "validTo",
            "passNumber",
            "issueCount",
            "photoBytes",
            "idNumberValid");
  }

  @Test
  void unmaskShowsTheWholeNumber() throws Exception {
    emulator.placeCard(0);
    int code =
        kioskctl("idcard", "read", "--port", pair.left(), "--timeout", "3", "--json", "--unmask");
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("idNumber").asText()).isEqualTo("440604195607180021");
    assertThat(json.get("address").asText()).isEqualTo("广东省佛山市禅城区祖庙街道示例路12号");
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          NONE,                  -1, 3, No card was placed
          BAD_CHECKSUM,           0, 5, checksum
          TRUNCATED_FRAME,        0, 5, stopped after
          SLOW_REPLIES,           0, 4, did not answer
          SAM_FAULT,              0, 6, SAM self-test failed
          CARD_REMOVED_MID_READ,  0, 7, reading the card failed
          """)
  void failsWithOneSentence(IdCardEmulator.Fault fault, int card, int exit, String words) {
    if (card >= 0) {
      emulator.placeCard(card);
    }
    emulator.inject(fault);
    int code = kioskctl("idcard", "read", "--port", pair.left(), "--timeout", "1");
    assertThat(code).isEqualTo(exit);
    assertThat(err.toString()).contains(words).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void showsTheSamId() {
    assertThat(kioskctl("idcard", "sam", "--port", pair.left())).isZero();
    assertThat(out.toString()).contains("05.01-20101012-0001234567-1234567890");
  }

  @Test
  void anUnknownOptionIsOneSentence() {
    int code = kioskctl("idcard", "read", "--port", pair.left(), "--colour");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--colour").doesNotContain("Exception");
    assertThat(err.toString().strip().lines()).hasSize(1);
  }

  @Test
  void aMissingPortIsOneSentence() {
    int code = kioskctl("idcard", "read", "--port", "/dev/kiosk24-missing");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("/dev/kiosk24-missing").doesNotContain("Exception");
  }

  @Test
  void listsConfiguredDevices(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("terminal.properties");
    Files.writeString(
        config,
        "profile=demo\ndevice.idcard.driver=sam-serial\ndevice.idcard.port="
            + pair.left()
            + "\ndevice.receipt.driver=emulator\n");
    assertThat(kioskctl("devices", "list", "--config", config.toString())).isZero();
    assertThat(out.toString())
        .contains("Serial ports:")
        .contains("idcard: sam-serial on " + pair.left())
        .contains("receipt: emulator on no port");
  }
}
