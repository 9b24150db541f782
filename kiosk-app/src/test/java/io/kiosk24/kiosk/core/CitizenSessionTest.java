package io.kiosk24.kiosk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiosk24.devices.idcard.CardType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CitizenSessionTest {

  private final ManualScheduler time = new ManualScheduler();
  private final CitizenSession session = new CitizenSession(time.clock());

  @Test
  void holdsTheIdentifiedCitizen() {
    session.start(HomeCatalogue.GREETING);
    session.identify(TestCards.resident());

    assertThat(session.isActive()).isTrue();
    assertThat(session.name()).contains(TestCards.NAME);
    assertThat(session.maskedName()).contains("张**");
    assertThat(session.idNumber()).contains(TestCards.ID_NUMBER);
    assertThat(session.cardType()).contains(CardType.RESIDENT);
    assertThat(session.photo()).isEqualTo(TestCards.resident().photo());
  }

  @Test
  void usesTheEnglishNameWhenTheCardHasNoChineseName() {
    session.start(HomeCatalogue.GREETING);
    session.identify(TestCards.foreigner("CHARLOTTE ANNE BROWN"));

    assertThat(session.maskedName()).contains("C******** A*** B****");
  }

  @ParameterizedTest
  @EnumSource(EndReason.class)
  void wipesEverythingPersonalOnEnd(EndReason reason) {
    session.start(HomeCatalogue.GREETING);
    session.identify(TestCards.resident());
    byte[] held = session.heldPhotoForTest();

    session.end(reason);

    assertThat(session.isActive()).isFalse();
    assertThat(session.holdsPersonalData()).isFalse();
    assertThat(session.name()).isEmpty();
    assertThat(session.maskedName()).isEmpty();
    assertThat(session.idNumber()).isEmpty();
    assertThat(session.cardType()).isEmpty();
    assertThat(session.photo()).isEmpty();
    assertThat(held).as("the photo copy the session held").containsOnly(0);
  }

  @Test
  void photoHandedOutIsACopy() {
    session.start(HomeCatalogue.GREETING);
    session.identify(TestCards.resident());

    session.photo()[0] = 0;

    assertThat(session.photo()[0]).isEqualTo((byte) 0x57);
  }

  @Test
  void tellsListenersOfStartAndEndWithoutPersonalData() {
    List<Object> events = new ArrayList<>();
    session.addListener(
        new SessionListener() {
          @Override
          public void sessionStarted(Started started) {
            events.add(started);
          }

          @Override
          public void sessionEnded(Ended ended) {
            events.add(ended);
          }
        });

    session.start(HomeCatalogue.GREETING);
    session.identify(TestCards.resident());
    time.advance(Duration.ofSeconds(42));
    session.end(EndReason.COMPLETED);

    assertThat(events).hasSize(2);
    assertThat(events.get(0))
        .isEqualTo(
            new SessionListener.Started(
                1, HomeCatalogue.GREETING, time.clock().instant().minusSeconds(42)));
    SessionListener.Ended ended = (SessionListener.Ended) events.get(1);
    assertThat(ended.number()).isEqualTo(1);
    assertThat(ended.reason()).isEqualTo(EndReason.COMPLETED);
    assertThat(ended.length()).isEqualTo(Duration.ofSeconds(42));
    assertThat(ended.identified()).isTrue();
    assertThat(events.toString()).doesNotContain(TestCards.NAME, TestCards.ID_NUMBER, "张");
  }

  @Test
  void endingTwiceTellsListenersOnce() {
    List<EndReason> reasons = new ArrayList<>();
    session.addListener(
        new SessionListener() {
          @Override
          public void sessionEnded(Ended ended) {
            reasons.add(ended.reason());
          }
        });
    session.start(HomeCatalogue.GREETING);

    session.end(EndReason.CANCELLED);
    session.end(EndReason.TIMED_OUT);

    assertThat(reasons).containsExactly(EndReason.CANCELLED);
  }

  @Test
  void numbersSessions() {
    session.start(HomeCatalogue.GREETING);
    session.end(EndReason.CANCELLED);
    session.start(HomeCatalogue.GREETING);

    assertThat(session.number()).isEqualTo(2);
  }

  @Test
  void refusesToIdentifyOutsideASession() {
    assertThatThrownBy(() -> session.identify(TestCards.resident()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(session.holdsPersonalData()).isFalse();
  }
}
