package io.kiosk24.kiosk.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiosk24.devices.receipt.Receipt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The 打印回执 step of the greeting, with a fake printer and time moved by hand. */
class KioskCoreReceiptTest {

  private static final String TERMINAL = "禅城区祖庙街道 24 小时自助服务";

  private final FakeIdCardReader reader = new FakeIdCardReader();
  private final FakeReceiptOutput printer = new FakeReceiptOutput();
  private final ManualExecutor background = new ManualExecutor();
  private final ManualScheduler time = new ManualScheduler();
  private final List<SessionListener.Ended> ended = new ArrayList<>();
  private KioskCore core = coreWith(Optional.of(printer));

  private KioskCore coreWith(Optional<ReceiptOutput> receipts) {
    KioskCore created =
        new KioskCore(
            reader, background, time, KioskSettings.DEFAULTS.withTerminalName(TERMINAL), receipts);
    created.addSessionListener(
        new SessionListener() {
          @Override
          public void sessionEnded(Ended e) {
            ended.add(e);
          }
        });
    return created;
  }

  private void greetWithCard() {
    core.startGreeting();
    reader.placeCard(TestCards.resident());
    background.runNext();
    assertThat(core.state().screen()).isEqualTo(Screen.GREETING);
  }

  @Test
  void offersAnEnabledReceiptButtonOnTheGreeting() {
    core.startGreeting();
    assertThat(core.state().receiptButton()).as("not while waiting for the card").isEmpty();
    reader.placeCard(TestCards.resident());
    background.runNext();

    assertThat(core.state().receiptButton()).contains(new ReceiptButton(true, Optional.empty()));
  }

  @Test
  void hidesTheReceiptButtonWithoutAPrinter() {
    core = coreWith(Optional.empty());

    greetWithCard();

    assertThat(core.state().receiptButton()).isEmpty();
    core.printReceipt();
    assertThat(background.queued()).isZero();
  }

  @Test
  void printsOnTheBackgroundExecutorAndThenSaysWhatToTakeAway() {
    greetWithCard();

    core.printReceipt();

    assertThat(core.state().instruction()).isEqualTo("正在打印…");
    assertThat(core.state().receiptButton())
        .hasValueSatisfying(b -> assertThat(b.enabled()).isFalse());
    assertThat(printer.printed()).as("nothing sent on the caller's thread").isEmpty();
    assertThat(background.queued()).isEqualTo(1);

    background.runNext();

    assertThat(printer.printed()).hasSize(1);
    assertThat(core.state().screen()).isEqualTo(Screen.GREETING);
    assertThat(core.state().instruction()).isEqualTo("请取走回执和身份证");
    assertThat(core.state().notice()).isEmpty();
    assertThat(core.state().receiptButton()).contains(new ReceiptButton(false, Optional.empty()));
  }

  @Test
  void receiptCarriesMaskedFieldsAndAReferenceButNothingPersonal() {
    greetWithCard();
    String reference = core.session().reference();

    core.printReceipt();
    background.runNext();

    Receipt receipt = printer.printed().get(0);
    assertThat(receipt.lines())
        .containsExactly(
            "终端：" + TERMINAL,
            "事项：身份证读卡问候",
            "姓名：张**",
            "证件号码：1101**********002X",
            "时间：2026-11-23 02:00:00",
            "业务编号：" + reference);
    assertThat(reference).matches("K24(-[2-9A-HJKMNP-Z]{4}){3}");
    assertThat(receipt.qrPayload()).isEqualTo(reference);
    assertThat(receipt.footer()).contains("身份证", "回执");
    String everything =
        String.join(
            "\n",
            receipt.title(),
            String.join("\n", receipt.lines()),
            receipt.qrPayload(),
            receipt.footer());
    assertThat(everything)
        .doesNotContain(
            TestCards.NAME, "三丰", TestCards.ID_NUMBER, "19491231", "1949", "季华五路", "佛山市");
  }

  @Test
  void everySessionHasItsOwnReference() {
    greetWithCard();
    String first = core.session().reference();
    core.finish();

    greetWithCard();

    assertThat(core.session().reference()).isNotEqualTo(first).isNotEmpty();
  }

  @Test
  void aDoubleTapPrintsOneReceipt() {
    greetWithCard();

    core.printReceipt();
    core.printReceipt();

    assertThat(background.queued()).isEqualTo(1);
    background.runNext();
    core.printReceipt();

    assertThat(background.queued()).as("one receipt per greeting").isZero();
    assertThat(printer.printed()).hasSize(1);
  }

  @Test
  void paperOutDisablesTheButtonWithTheReason() {
    printer.setProblem(ReceiptOutput.Problem.PAPER_OUT);

    greetWithCard();
    core.printReceipt();

    assertThat(core.state().receiptButton())
        .contains(new ReceiptButton(false, Optional.of("打印机缺纸，暂时无法打印回执，请联系工作人员。")));
    assertThat(background.queued()).isZero();
    assertThat(core.state().instruction()).contains("取走您的身份证");
  }

  @Test
  void theButtonFollowsThePrinterWhileTheGreetingIsUp() {
    greetWithCard();

    printer.setProblem(ReceiptOutput.Problem.OUT_OF_ORDER);
    time.advanceSeconds(1);
    assertThat(core.state().receiptButton())
        .contains(new ReceiptButton(false, Optional.of(CitizenText.RECEIPT_UNAVAILABLE)));

    printer.setProblem(null);
    time.advanceSeconds(1);
    assertThat(core.state().receiptButton()).contains(new ReceiptButton(true, Optional.empty()));
  }

  @Test
  void paperRunningOutDuringTheJobIsSaidPlainlyAndTheSessionEndsNormally() {
    greetWithCard();
    printer.failNextJob(ReceiptOutput.Problem.PAPER_OUT);

    core.printReceipt();
    background.runNext();

    assertThat(core.state().screen()).isEqualTo(Screen.GREETING);
    assertThat(core.state().notice()).contains("打印机缺纸，暂时无法打印回执，请联系工作人员。");
    assertThat(core.state().receiptButton())
        .hasValueSatisfying(b -> assertThat(b.enabled()).isFalse());
    assertThat(printer.printed()).isEmpty();

    time.advance(KioskSettings.DEFAULTS.greetingTime());

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(core.state().notice()).isEmpty();
    assertThat(ended)
        .extracting(SessionListener.Ended::reason)
        .containsExactly(EndReason.COMPLETED);
    assertThat(core.session().holdsPersonalData()).isFalse();
  }

  @Test
  void anyOtherFailureGetsOneGenericSentence() {
    greetWithCard();
    printer.crashNextJob(new IllegalStateException("USB line printer /dev/usb/lp0 vanished"));

    core.printReceipt();
    background.runNext();

    assertThat(core.state().notice()).contains(CitizenText.RECEIPT_UNAVAILABLE);
    assertThat(core.state().notice().orElseThrow()).doesNotContainPattern("[A-Za-z_]");
  }

  @ParameterizedTest
  @EnumSource(ReceiptOutput.Problem.class)
  void everyPrinterProblemHasAChineseSentenceWithoutTechnicalTerms(ReceiptOutput.Problem problem) {
    assertThat(CitizenText.receiptProblem(problem))
        .endsWith("。")
        .doesNotContainPattern("[A-Za-z_]");
  }

  @Test
  void theGreetingWaitsForTheReceiptThenGivesTimeToTakeIt() {
    greetWithCard();
    core.printReceipt();

    time.advanceSeconds(20);
    assertThat(core.state().screen()).as("still printing").isEqualTo(Screen.GREETING);
    assertThat(core.state().instruction()).isEqualTo("正在打印…");

    background.runNext();
    time.advanceSeconds(7);
    assertThat(core.state().instruction()).isEqualTo("请取走回执和身份证");
    time.advanceSeconds(1);

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(ended)
        .extracting(SessionListener.Ended::reason)
        .containsExactly(EndReason.COMPLETED);
  }

  @Test
  void aReceiptFinishingAfterTheSessionEndedChangesNothing() {
    greetWithCard();
    core.printReceipt();

    core.cancel();
    background.runNext();

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(core.state().notice()).isEmpty();
    assertThat(core.state().receiptButton()).isEmpty();
  }
}
