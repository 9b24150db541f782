package io.kiosk24.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk24.devices.receipt.PaperWidth;
import io.kiosk24.devices.serial.SocatPtyPair;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kioskctl emulate} run as its own JVM, as a maintainer runs it on a bench, and a second
 * kioskctl in-process talking to it.
 */
class KioskCtlEmulateIT {

  /** Two fictitious residents in the format of device-drivers' sample-cards.json. */
  private static final String CARDS =
      """
      [
        {
          "label": "resident, Beijing",
          "type": "RESIDENT",
          "fields": {
            "NAME": "赵样本", "SEX": "1", "NATION": "01", "BIRTH_DATE": "19880312",
            "ADDRESS": "北京市朝阳区示例街道样板路7号", "ID_NUMBER": "110105198803124517",
            "AUTHORITY": "北京市公安局朝阳分局", "VALID_FROM": "20200101", "VALID_TO": "20400101"
          }
        },
        {
          "label": "resident, Hangzhou",
          "type": "RESIDENT",
          "fields": {
            "NAME": "钱样本", "SEX": "2", "NATION": "01", "BIRTH_DATE": "19920615",
            "ADDRESS": "浙江省杭州市西湖区示例路99号", "ID_NUMBER": "330106199206153020",
            "AUTHORITY": "杭州市公安局西湖分局", "VALID_FROM": "20150101", "VALID_TO": "20350101"
          }
        }
      ]
      """;

  private static final Duration START = Duration.ofSeconds(30);

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private static Run kioskctl(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        KioskCtl.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void emulatedReaderServesTheChosenCardFromACardsFile() throws Exception {
    Path cards = Files.writeString(dir.resolve("cards.json"), CARDS, StandardCharsets.UTF_8);
    try (SocatPtyPair pty = SocatPtyPair.start();
        KioskCtlProcess emulator =
            KioskCtlProcess.start(
                dir,
                "emulate",
                "idcard",
                "--port",
                pty.left(),
                "--cards",
                cards.toString(),
                "--card",
                "1")) {
      // The reader answers once the emulator JVM has opened its end; until then sam times out.
      await()
          .atMost(START)
          .pollInterval(Duration.ofMillis(500))
          .failFast(emulator::assertRunning)
          .until(() -> kioskctl("idcard", "sam", "--port", pty.right()).exit() == 0);

      Run read = kioskctl("idcard", "read", "--port", pty.right(), "--timeout", "5", "--json");
      assertThat(read.exit()).as(read.err()).isZero();
      JsonNode card = new ObjectMapper().readTree(read.out());
      assertThat(card.get("type").asText()).isEqualTo("RESIDENT");
      assertThat(card.get("name").asText()).isEqualTo("钱样本");
      assertThat(card.get("sex").asText()).isEqualTo("女");
      assertThat(card.get("idNumber").asText()).isEqualTo("3301**********3020");
      assertThat(card.get("address").asText()).isEqualTo("浙江省杭州市****");
      assertThat(card.get("birthDate").asText()).isEqualTo("1992-06-15");
      assertThat(card.get("validTo").asText()).isEqualTo("2035-01-01");
      assertThat(card.get("idNumberValid").asBoolean()).isTrue();
      assertThat(emulator.out()).contains("with 2 cards, card 1 placed");
    }
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          missing.json, '',             no such file
          broken.json,  'not a card',   Unrecognized token
          """)
  void anUnreadableCardsFileIsOneSentence(String name, String content, String words)
      throws Exception {
    Path cards = dir.resolve(name);
    if (!content.isEmpty()) {
      Files.writeString(cards, content);
    }
    try (SocatPtyPair pty = SocatPtyPair.start();
        KioskCtlProcess emulator =
            KioskCtlProcess.start(
                dir, "emulate", "idcard", "--port", pty.left(), "--cards", cards.toString())) {
      assertThat(emulator.exitCode(START)).isNotZero();
      assertThat(emulator.err())
          .contains(cards.toString())
          .contains(words)
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      assertThat(emulator.err().strip().lines()).hasSize(1);
      assertThat(emulator.out()).doesNotContain("Emulating");
    }
  }

  @Test
  void emulatedPrinterWritesAPngForEachTestReceipt() throws Exception {
    Path receipts = dir.resolve("receipts");
    // Port 0 lets the system choose a free port; the emulator announces the one it got.
    try (KioskCtlProcess emulator =
        KioskCtlProcess.start(
            dir, "emulate", "printer", "--tcp", "0", "--out", receipts.toString())) {
      String announced =
          await()
              .atMost(START)
              .failFast(emulator::assertRunning)
              .until(emulator::out, text -> text.contains("Stop with"));
      Matcher tcp = Pattern.compile("tcp://127\\.0\\.0\\.1:(\\d+)").matcher(announced);
      assertThat(tcp.find()).as(announced).isTrue();

      Run test = kioskctl("printer", "test", "--tcp", "127.0.0.1:" + tcp.group(1));
      assertThat(test.exit()).as(test.err()).isZero();
      List<Path> pngs =
          await().atMost(Duration.ofSeconds(20)).until(() -> pngsIn(receipts), p -> p.size() == 1);
      BufferedImage receipt = ImageIO.read(pngs.get(0).toFile());
      assertThat(receipt.getWidth()).isEqualTo(PaperWidth.MM_80.dots());
      assertThat(receipt.getHeight()).isGreaterThan(receipt.getWidth());
    }
  }

  private static List<Path> pngsIn(Path directory) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".png")).toList();
    }
  }
}
