package io.kiosk24.devices.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A certificate or proof to print on A4 (证明): a title, the body as lines of text (Chinese or not),
 * the issuing authority and the date of issue. A line longer than the page wraps; the body runs on
 * to further pages when it must.
 *
 * <p>It usually carries personal data: never log it.
 */
public record Certificate(String title, List<String> lines, String issuedBy, LocalDate date) {

  public Certificate {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(issuedBy, "issuedBy");
    Objects.requireNonNull(date, "date");
    lines = List.copyOf(lines);
  }

  @Override
  public String toString() {
    return "Certificate[" + lines.size() + " lines]";
  }
}
