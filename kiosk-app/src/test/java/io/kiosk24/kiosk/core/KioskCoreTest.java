package io.kiosk24.kiosk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.idcard.IdCardException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class KioskCoreTest {

  private final FakeIdCardReader reader = new FakeIdCardReader();
  private final ManualExecutor background = new ManualExecutor();
  private final ManualScheduler time = new ManualScheduler();
  private final List<KioskState> states = new ArrayList<>();
  private final List<SessionListener.Ended> ended = new ArrayList<>();
  private KioskCore core;

  @BeforeEach
  void createCore() {
    core = coreWith(KioskSettings.DEFAULTS);
  }

  private KioskCore coreWith(KioskSettings settings) {
    KioskCore created = new KioskCore(reader, background, time, settings);
    created.addStateListener(states::add);
    created.addSessionListener(
        new SessionListener() {
          @Override
          public void sessionEnded(Ended e) {
            ended.add(e);
          }
        });
    return created;
  }

  private KioskState greetWithCard() {
    core.startGreeting();
    reader.placeCard(TestCards.resident());
    background.runNext();
    return core.state();
  }

  @Test
  void startsOnHomeWithOnlyTheGreetingEnabled() {
    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(states).containsExactly(core.state());
    assertThat(core.tiles())
        .extracting(ServiceTile::title)
        .containsExactly("身份证读卡问候", "社保查询", "户籍证明打印", "公积金查询");
    assertThat(core.tiles())
        .filteredOn(ServiceTile::enabled)
        .extracting(ServiceTile::id)
        .containsExactly(HomeCatalogue.GREETING);
  }

  @Test
  void asksForTheCardWhileWaiting() {
    core.startGreeting();

    KioskState state = core.state();
    assertThat(state.screen()).isEqualTo(Screen.WAITING_FOR_CARD);
    assertThat(state.instruction()).isEqualTo("请将身份证放在读卡区");
    assertThat(state.notice()).isEmpty();
    assertThat(core.session().isActive()).isTrue();
    assertThat(background.queued()).as("a card read on the background executor").isEqualTo(1);
  }

  @Test
  void greetsByMaskedNameOnly() {
    KioskState state = greetWithCard();

    assertThat(state.screen()).isEqualTo(Screen.GREETING);
    assertThat(state.greeting()).contains("张**，您好！");
    assertThat(state.toString()).doesNotContain("三丰", TestCards.ID_NUMBER);
    assertThat(state.instruction()).contains("取走您的身份证");
  }

  @Test
  void goesHomeAndWipesTheSessionOnFinish() {
    greetWithCard();

    core.finish();

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(core.state().greeting()).isEmpty();
    assertNothingPersonalLeft();
    assertThat(ended)
        .extracting(SessionListener.Ended::reason)
        .containsExactly(EndReason.COMPLETED);
    assertThat(states)
        .extracting(KioskState::screen)
        .containsSubsequence(Screen.HOME, Screen.WAITING_FOR_CARD, Screen.GREETING, Screen.HOME);
  }

  @Test
  void goesHomeByItselfAfterTheGreetingTime() {
    greetWithCard();

    time.advanceSeconds(7);
    assertThat(core.state().screen()).isEqualTo(Screen.GREETING);
    assertThat(core.state().countdownSeconds()).isEqualTo(OptionalInt.of(1));
    time.advanceSeconds(1);

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertNothingPersonalLeft();
    assertThat(ended)
        .extracting(SessionListener.Ended::reason)
        .containsExactly(EndReason.COMPLETED);
  }

  @Test
  void showsTheGreetingCountdown() {
    greetWithCard();
    assertThat(core.state().countdownSeconds()).isEqualTo(OptionalInt.of(8));

    time.advanceSeconds(3);

    assertThat(core.state().countdownSeconds()).isEqualTo(OptionalInt.of(5));
  }

  @Test
  void honoursAConfiguredGreetingTime() {
    core = coreWith(KioskSettings.DEFAULTS.withGreetingTime(Duration.ofSeconds(20)));
    greetWithCard();

    time.advanceSeconds(19);
    assertThat(core.state().screen()).isEqualTo(Screen.GREETING);
    time.advanceSeconds(1);
    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
  }

  @Test
  void cancelWhileWaitingEndsTheSessionAndIgnoresALateCard() {
    core.startGreeting();

    core.cancel();
    reader.placeCard(TestCards.resident());
    background.runNext();

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertNothingPersonalLeft();
    assertThat(ended)
        .extracting(SessionListener.Ended::reason)
        .containsExactly(EndReason.CANCELLED);
  }

  @Test
  void readsOneAtATimeWhenANewWaitStartsBeforeTheAbandonedReadEnds() {
    core.startGreeting();
    core.cancel();
    core.startGreeting();
    assertThat(background.queued()).as("the abandoned read still owns the reader").isEqualTo(1);

    reader.placeCard(TestCards.resident("王五"));
    background.runNext();

    assertThat(core.state().screen())
        .as("a card read for the abandoned wait is not shown to the next citizen")
        .isEqualTo(Screen.WAITING_FOR_CARD);
    assertThat(core.session().holdsPersonalData()).isFalse();
    assertThat(background.queued()).as("a fresh read for the current wait").isEqualTo(1);

    reader.placeCard(TestCards.resident());
    background.runNext();

    assertThat(core.state().greeting()).contains("张**，您好！");
  }

  @Test
  void cancelOnTheGreetingWipesTheSession() {
    greetWithCard();

    core.cancel();

    assertNothingPersonalLeft();
    assertThat(ended)
        .extracting(SessionListener.Ended::reason)
        .containsExactly(EndReason.CANCELLED);
  }

  @Test
  void finishIsIgnoredWhileWaiting() {
    core.startGreeting();

    core.finish();

    assertThat(core.state().screen()).isEqualTo(Screen.WAITING_FOR_CARD);
    assertThat(ended).isEmpty();
  }

  @Test
  void secondTapOnTheTileDoesNotStartASecondSession() {
    core.startGreeting();
    core.startGreeting();

    assertThat(core.session().number()).isEqualTo(1);
    assertThat(background.queued()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NO_CARD      | 没有检测到身份证，请把身份证平放在读卡区。
          CARD_REMOVED | 身份证被移开了，请把身份证放回读卡区，读完前不要拿走。
          TIMEOUT      | 读卡时间太长，请把身份证拿起来，重新平放在读卡区。
          BAD_FRAME    | 这次没有读成功，请把身份证拿起来，重新平放在读卡区。
          UNKNOWN_CARD | 无法识别这张卡，请使用居民身份证、居住证或永久居留身份证。
          """)
  void keepsWaitingWithOnePlainSentenceAfterACardProblem(
      IdCardException.Reason reason, String sentence) {
    core.startGreeting();
    reader.fail(reason);

    background.runNext();

    assertThat(core.state().screen()).isEqualTo(Screen.WAITING_FOR_CARD);
    assertThat(core.state().notice()).contains(sentence);
    assertThat(core.session().isActive()).isTrue();

    time.advance(KioskSettings.DEFAULTS.retryDelay());
    reader.placeCard(TestCards.resident());
    background.runNext();

    assertThat(core.state().screen()).isEqualTo(Screen.GREETING);
    assertThat(core.state().notice()).isEmpty();
    assertThat(reader.reads()).isEqualTo(2);
  }

  @Test
  void samFaultSendsTheCitizenHomeWithAnExplanation() {
    core.startGreeting();
    reader.fail(IdCardException.Reason.SAM_FAULT);

    background.runNext();

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(core.state().notice()).contains("读卡器暂时无法使用，请稍后再试或联系工作人员。");
    assertThat(ended)
        .extracting(SessionListener.Ended::reason)
        .containsExactly(EndReason.CANCELLED);
    time.advance(Duration.ofSeconds(5));
    assertThat(background.queued()).as("no further reads").isZero();
  }

  @Test
  void lostReaderSendsTheCitizenHomeWithoutTechnicalDetail() {
    core.startGreeting();
    reader.failWith(new DeviceException("/dev/ttyUSB0: ID card reader did not answer SAM status"));

    background.runNext();

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(core.state().notice().orElseThrow()).doesNotContain("ttyUSB0", "SAM", "Exception");
  }

  @ParameterizedTest
  @EnumSource(IdCardException.Reason.class)
  void everyReadFailureHasAChineseSentenceWithoutTechnicalTerms(IdCardException.Reason reason) {
    String sentence = CitizenText.readFailure(reason);

    assertThat(sentence).endsWith("。").doesNotContainPattern("[A-Za-z_]");
  }

  @Test
  void inactivityCountsDownVisiblyThenEndsTheSession() {
    core.startGreeting();

    time.advanceSeconds(44);
    assertThat(core.state().countdownSeconds()).as("hidden until 15 s are left").isEmpty();
    time.advanceSeconds(1);
    assertThat(core.state().countdownSeconds()).isEqualTo(OptionalInt.of(15));
    time.advanceSeconds(14);
    assertThat(core.state().countdownSeconds()).isEqualTo(OptionalInt.of(1));
    assertThat(states)
        .extracting(KioskState::countdownSeconds)
        .filteredOn(OptionalInt::isPresent)
        .extracting(OptionalInt::getAsInt)
        .containsExactly(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    time.advanceSeconds(1);

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(core.state().countdownSeconds()).isEmpty();
    assertThat(ended)
        .extracting(SessionListener.Ended::reason)
        .containsExactly(EndReason.TIMED_OUT);
  }

  @Test
  void aTouchRestartsTheInactivityCountdown() {
    core.startGreeting();
    time.advanceSeconds(50);
    assertThat(core.state().countdownSeconds()).isEqualTo(OptionalInt.of(10));

    core.touch();

    assertThat(core.state().countdownSeconds()).isEmpty();
    time.advanceSeconds(59);
    assertThat(core.state().screen()).isEqualTo(Screen.WAITING_FOR_CARD);
    time.advanceSeconds(1);
    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
  }

  @Test
  void inactivityTimeoutWipesAnIdentifiedCitizen() {
    core =
        coreWith(
            KioskSettings.DEFAULTS
                .withGreetingTime(Duration.ofMinutes(5))
                .withInactivityTimeout(Duration.ofSeconds(30)));
    greetWithCard();
    assertThat(core.session().holdsPersonalData()).isTrue();

    time.advanceSeconds(29);
    assertThat(core.state().countdownSeconds()).isEqualTo(OptionalInt.of(1));
    time.advanceSeconds(1);

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertNothingPersonalLeft();
    assertThat(ended)
        .extracting(SessionListener.Ended::reason)
        .containsExactly(EndReason.TIMED_OUT);
  }

  @Test
  void waitingGoesOnReadingUntilTheCitizenGivesUp() {
    core.startGreeting();
    for (int i = 0; i < 3; i++) {
      reader.fail(IdCardException.Reason.NO_CARD);
      background.runNext();
      time.advance(KioskSettings.DEFAULTS.retryDelay());
    }

    assertThat(reader.reads()).isEqualTo(3);
    assertThat(background.queued()).isEqualTo(1);
    assertThat(core.state().notice())
        .contains(CitizenText.readFailure(IdCardException.Reason.NO_CARD));
  }

  @Test
  void sessionEndedElsewhereReturnsTheScreenHome() {
    greetWithCard();

    core.session().end(EndReason.CANCELLED);

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(core.state().greeting()).isEmpty();
    time.advanceSeconds(10);
    assertThat(ended).hasSize(1);
  }

  @Test
  void comingSoonTileSaysSoOnTheHomeScreenWithoutStartingASession() {
    core.open("housing-fund");

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(core.state().notice()).contains("“公积金查询”即将开通，敬请期待。");
    assertThat(core.session().isActive()).isFalse();
    assertThat(background.queued()).isZero();
  }

  @Test
  void openingTheGreetingTileStartsTheGreetingAndClearsAnOldNotice() {
    core.open("social-security");

    core.open(HomeCatalogue.GREETING);

    assertThat(core.state().screen()).isEqualTo(Screen.WAITING_FOR_CARD);
    assertThat(core.state().notice()).isEmpty();
  }

  @Test
  void rejectsAnUnknownTile() {
    assertThatThrownBy(() -> core.open("lottery")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closeEndsTheSessionAndRefusesNewOnes() {
    greetWithCard();

    core.close();
    core.startGreeting();

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertNothingPersonalLeft();
  }

  private void assertNothingPersonalLeft() {
    CitizenSession session = core.session();
    assertThat(session.isActive()).isFalse();
    assertThat(session.holdsPersonalData()).isFalse();
    assertThat(session.name()).isEmpty();
    assertThat(session.idNumber()).isEmpty();
    assertThat(session.photo()).isEmpty();
    assertThat(core.state().toString()).doesNotContain("张", TestCards.ID_NUMBER);
  }
}
