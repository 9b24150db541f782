package io.kiosk24.devices.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.document.DocumentPrinterStatus.State;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentPrinterStatusTest {

  @ParameterizedTest(name = "{0} {1} accepting={2} -> {3}, paper {4}, toner {5}")
  @CsvSource(
      textBlock =
          """
          # state,    reasons (space separated),     accepting, device,         paper,   toner
          IDLE,       none,                          true,      ONLINE,         FULL,    FULL
          PROCESSING, '',                            true,      ONLINE,         FULL,    FULL
          STOPPED,    paused,                        true,      OFFLINE,        FULL,    FULL
          STOPPED,    none,                          true,      OFFLINE,        FULL,    FULL
          IDLE,       none,                          false,     OFFLINE,        FULL,    FULL
          IDLE,       offline-report,                true,      OFFLINE,        FULL,    FULL
          IDLE,       media-empty-error,             true,      ONLINE,         OUT,     FULL
          PROCESSING, media-needed,                  true,      ONLINE,         OUT,     FULL
          IDLE,       media-low-report,              true,      ONLINE,         LOW,     FULL
          IDLE,       media-jam-error,               true,      HARDWARE_ERROR, JAMMED,  FULL
          IDLE,       toner-low-report,              true,      ONLINE,         FULL,    LOW
          IDLE,       marker-supply-low-warning,     true,      ONLINE,         FULL,    LOW
          IDLE,       toner-empty-error,             true,      ONLINE,         FULL,    OUT
          IDLE,       cover-open-error,              true,      USER_ERROR,     FULL,    FULL
          STOPPED,    door-open paused,              true,      USER_ERROR,     FULL,    FULL
          IDLE,       fuser-over-temp-error,         true,      HARDWARE_ERROR, FULL,    FULL
          IDLE,       cups-missing-filter-warning,   true,      ONLINE,         FULL,    FULL
          IDLE,       connecting-to-device,          true,      ONLINE,         FULL,    FULL
          PROCESSING, media-empty-error toner-low-report, true, ONLINE,         OUT,     LOW
          STOPPED,    media-jam-error cover-open-error,   true, HARDWARE_ERROR, JAMMED,  FULL
          """)
  void mapsCupsStateAndReasons(
      State state,
      String reasons,
      boolean accepting,
      DeviceStatus device,
      ConsumableState paper,
      ConsumableState toner) {
    List<String> list = reasons == null ? List.of() : Arrays.asList(reasons.trim().split("\\s+"));
    DocumentPrinterStatus status = DocumentPrinterStatus.of(state, list, accepting);
    assertThat(status.device()).isEqualTo(device);
    assertThat(status.paper()).isEqualTo(paper);
    assertThat(status.toner()).isEqualTo(toner);
  }

  @ParameterizedTest
  @CsvSource({"3, IDLE", "4, PROCESSING", "5, STOPPED", "0, UNKNOWN", "6, UNKNOWN"})
  void readsPrinterStateEnum(int ipp, State state) {
    assertThat(State.ofIpp(ipp)).isEqualTo(state);
  }

  @org.junit.jupiter.api.Test
  void aPrinterOutOfPaperOrTonerCannotPrintButStaysOnline() {
    DocumentPrinterStatus paperOut =
        DocumentPrinterStatus.of(State.IDLE, List.of("media-empty-error"), true);
    assertThat(paperOut.device()).isEqualTo(DeviceStatus.ONLINE);
    assertThat(paperOut.canPrint()).isFalse();
    assertThat(DocumentPrinterStatus.of(State.IDLE, List.of("toner-empty"), true).canPrint())
        .isFalse();
    assertThat(DocumentPrinterStatus.of(State.IDLE, List.of("toner-low"), true).canPrint())
        .isTrue();
    assertThat(paperOut.describe())
        .isEqualTo("ONLINE, paper OUT, toner FULL, queue IDLE [media-empty]");
  }
}
