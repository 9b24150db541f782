package io.kiosk24.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.DeviceStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscPosStatusTest {

  private static Set<PrinterCondition> conditions(String names) {
    if (names == null || names.isBlank()) {
      return EnumSet.noneOf(PrinterCondition.class);
    }
    return Arrays.stream(names.split(" "))
        .map(PrinterCondition::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(PrinterCondition.class)));
  }

  @ParameterizedTest(name = "DLE EOT {0} answered {1} means {2}")
  @CsvSource(
      textBlock =
          """
          1, 0x12, ''
          1, 0x16, ''
          1, 0x1A, OFFLINE
          1, 0x32, WAITING_FOR_RECOVERY
          1, 0x52, FEED_BUTTON_PRESSED
          1, 0x7E, OFFLINE WAITING_FOR_RECOVERY FEED_BUTTON_PRESSED
          2, 0x12, ''
          2, 0x16, COVER_OPEN
          2, 0x1A, PAPER_FEEDING
          2, 0x32, STOPPED_BY_PAPER_END
          2, 0x52, ERROR
          2, 0x36, COVER_OPEN STOPPED_BY_PAPER_END
          3, 0x12, ''
          3, 0x16, ''
          3, 0x1A, CUTTER_ERROR
          3, 0x32, UNRECOVERABLE_ERROR
          3, 0x52, AUTO_RECOVERABLE_ERROR
          4, 0x12, ''
          4, 0x1E, PAPER_NEAR_END
          4, 0x16, PAPER_NEAR_END
          4, 0x72, PAPER_END
          4, 0x7E, PAPER_NEAR_END PAPER_END
          """)
  void readsEveryStatusBit(int n, String hex, String expected) throws EscPosException {
    int b = Integer.decode(hex);
    assertThat(EscPosStatus.parse(n, b)).isEqualTo(conditions(expected));
  }

  @ParameterizedTest(name = "DLE EOT {0} answered {1} is a framing error")
  @CsvSource(
      textBlock =
          """
          1, 0x00
          1, 0x10
          2, 0x02
          3, 0x13
          4, 0x92
          4, 0xFF
          1, 0x6C
          """)
  void rejectsBytesWithoutTheFixedBits(int n, String hex) {
    assertThatThrownBy(() -> EscPosStatus.parse(n, Integer.decode(hex)))
        .isInstanceOf(EscPosException.class)
        .hasMessageContaining("DLE EOT " + n)
        .hasMessageContaining("0xx1xx10");
  }

  @Test
  void encodesStatusQueries() {
    assertThat(EscPosStatus.request(4)).containsExactly(0x10, 0x04, 0x04);
    assertThatThrownBy(() -> EscPosStatus.request(5)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "ASB {0} means {1}")
  @CsvSource(
      textBlock =
          """
          10 00 00 00, ''
          18 00 00 00, OFFLINE
          30 00 00 00, COVER_OPEN
          50 00 00 00, FEED_BUTTON_PRESSED
          10 08 00 00, CUTTER_ERROR
          10 20 00 00, UNRECOVERABLE_ERROR
          10 40 00 00, AUTO_RECOVERABLE_ERROR
          10 00 03 00, PAPER_NEAR_END
          18 00 0F 00, OFFLINE PAPER_NEAR_END PAPER_END
          """)
  void readsAutomaticStatusBack(String hex, String expected) throws EscPosException {
    byte[] message = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
    assertThat(EscPosStatus.parseAutomatic(message)).isEqualTo(conditions(expected));
  }

  @ParameterizedTest(name = "ASB {0} is a framing error")
  @CsvSource(
      textBlock =
          """
          12 00 00 00
          00 00 00 00
          10 10 00 00
          10 00 80 00
          10 00 00 10
          10 00 00
          """)
  void rejectsMalformedAutomaticStatusBack(String hex) {
    byte[] message = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
    assertThatThrownBy(() -> EscPosStatus.parseAutomatic(message))
        .isInstanceOf(EscPosException.class);
  }

  @ParameterizedTest(name = "{0} -> device {1}, paper {2}")
  @CsvSource(
      textBlock =
          """
          '',                                        ONLINE,         FULL
          PAPER_NEAR_END,                            ONLINE,         LOW
          OFFLINE PAPER_NEAR_END PAPER_END STOPPED_BY_PAPER_END, ONLINE, OUT
          OFFLINE COVER_OPEN,                        USER_ERROR,     FULL
          OFFLINE ERROR CUTTER_ERROR,                HARDWARE_ERROR, JAMMED
          OFFLINE ERROR UNRECOVERABLE_ERROR,         HARDWARE_ERROR, FULL
          AUTO_RECOVERABLE_ERROR,                    BUSY,           FULL
          OFFLINE,                                   OFFLINE,        FULL
          """)
  void mapsConditionsToTheStatusModel(String names, DeviceStatus device, ConsumableState paper) {
    PrinterStatus status = PrinterStatus.of(conditions(names), true);
    assertThat(status.device()).isEqualTo(device);
    assertThat(status.paper()).isEqualTo(paper);
  }

  @Test
  void paperIsUnknownWhenTheSensorWasNotRead() {
    assertThat(PrinterStatus.of(Set.of(), false).paper()).isEqualTo(ConsumableState.UNKNOWN);
    assertThat(PrinterStatus.of(Set.of(), false).canPrint()).isTrue();
  }

  @Test
  void refusesToPrintWithoutPaper() {
    assertThat(PrinterStatus.of(conditions("PAPER_END"), true).canPrint()).isFalse();
    assertThat(PrinterStatus.of(conditions("PAPER_NEAR_END"), true).canPrint()).isTrue();
  }
}
