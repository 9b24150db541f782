package io.kiosk24.devices.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EidCodeTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-05-01T08:30:00Z"), ZoneOffset.UTC);

  @Test
  void capturesTheRawPayloadWithTimeAndSource() {
    ScanResult.Decoded scan = new ScanResult.Decoded("YSS:7f3a9c...opaque", Symbology.QR_CODE);

    IdentityCode code = EidCode.captured(scan, ScanSource.CAMERA, CLOCK);

    assertThat(code.payload()).isEqualTo("YSS:7f3a9c...opaque");
    assertThat(code.capturedAt()).isEqualTo(Instant.parse("2024-05-01T08:30:00Z"));
    assertThat(code.source()).isEqualTo(ScanSource.CAMERA);
  }

  @Test
  void neverShowsThePayloadWhenPrinted() {
    EidCode code = new EidCode("440101199001011234", CLOCK.instant(), ScanSource.SERIAL);

    assertThat(code.toString())
        .doesNotContain("4401")
        .isEqualTo("EidCode[source=SERIAL, capturedAt=2024-05-01T08:30:00Z, length=18]");
  }

  @Test
  void refusesAnEmptyPayload() {
    assertThatThrownBy(() -> new EidCode(" ", CLOCK.instant(), ScanSource.SERIAL))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
