package io.kiosk24.kiosk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KioskCoreDeviceInputsTest {

  private final FakeIdCardReader reader = new FakeIdCardReader();
  private final ManualExecutor background = new ManualExecutor();
  private final ManualScheduler time = new ManualScheduler();
  private final List<KioskState> states = new ArrayList<>();
  private KioskCore core;

  @BeforeEach
  void createCore() {
    core = new KioskCore(reader, background, time, KioskSettings.DEFAULTS);
    core.addStateListener(states::add);
  }

  @Test
  void aCodeScannedOnTheHomeScreenSaysScanningIsComing() {
    core.codeScanned();

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(core.state().notice()).contains("已读取二维码，扫码办事即将开通。");
    assertThat(core.session().isActive()).isFalse();
  }

  @Test
  void aSecondScanDoesNotRepublishTheSameNotice() {
    core.codeScanned();
    core.codeScanned();

    assertThat(states).hasSize(2);
  }

  @Test
  void aSmartCardOnTheHomeScreenAsksForTheIdCard() {
    core.smartCardInserted();

    assertThat(core.state().screen()).isEqualTo(Screen.HOME);
    assertThat(core.state().notice()).contains("社保卡读卡功能即将开通，请先使用身份证。");
  }

  @Test
  void scansAndCardsDuringAFlowLeaveTheScreenAlone() {
    core.startGreeting();
    KioskState waiting = core.state();

    core.codeScanned();
    core.smartCardInserted();

    assertThat(core.state()).isEqualTo(waiting);
    assertThat(core.session().isActive()).isTrue();
  }

  @Test
  void theNoticeGoesWhenACitizenStartsAnItem() {
    core.codeScanned();
    core.startGreeting();

    assertThat(core.state().screen()).isEqualTo(Screen.WAITING_FOR_CARD);
    assertThat(core.state().notice()).isEmpty();
  }

  @Test
  void aClosedCoreIgnoresScans() {
    core.close();
    core.codeScanned();

    assertThat(core.state().notice()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CabinetEvent.class)
  void cabinetEventsDoNotChangeTheCitizensScreen(CabinetEvent event) {
    core.codeScanned();
    KioskState before = core.state();

    core.cabinetChanged(event);

    assertThat(core.state()).isEqualTo(before);
    assertThat(core.state().notice()).isEqualTo(Optional.of(CitizenText.CODE_SCANNED));
  }

  @Test
  void onlyAnOpenedDoorOrBrokenLoopIsAlarming() {
    assertThat(CabinetEvent.values())
        .filteredOn(CabinetEvent::alarming)
        .containsExactly(CabinetEvent.DOOR_OPENED, CabinetEvent.TAMPER_TRIGGERED);
  }
}
