package io.kiosk24.devices.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  @Test
  void writesAPdfWithNamedGlyphsForEveryCharacter() throws DocumentPrinterException {
    byte[] pdf = CertificatePdf.render(PrintingJvm.sampleCertificate());
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n");
    assertThat(text).contains("/Count 1", "/Subtype /Type3", "/uni5C45", "/uni6C11", "/ToUnicode");
  }

  @Test
  void runsALongBodyOnToFurtherPages() throws DocumentPrinterException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      lines.add("第" + i + "行");
    }
    byte[] pdf =
        CertificatePdf.render(new Certificate("证明", lines, "单位", LocalDate.of(2026, 1, 1)));
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/Count 3");
  }

  @Test
  void needsSeveralType3FontsForManyDistinctCharacters() throws DocumentPrinterException {
    StringBuilder many = new StringBuilder();
    for (int cp = 0x4E00; cp < 0x4E00 + 600; cp++) {
      many.appendCodePoint(cp);
    }
    byte[] pdf =
        CertificatePdf.render(
            new Certificate("证明", List.of(many.toString()), "单位", LocalDate.of(2026, 1, 1)));
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/F3 ");
  }

  @Test
  void neverShowsTheContentInToString() {
    assertThat(PrintingJvm.sampleCertificate().toString()).isEqualTo("Certificate[2 lines]");
  }
}
