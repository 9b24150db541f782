package io.kiosk24.devices.receipt;

import java.util.List;
import java.util.Objects;

/**
 * One printed receipt: a title, body lines, an optional QR code and an optional footer. Lines
 * longer than the paper are wrapped, a Chinese character counting two columns.
 *
 * <p>A receipt may carry a citizen's personal data: never log it, nor what it renders to.
 *
 * @param title printed centred, bold and double size
 * @param lines body lines, printed left aligned; line breaks inside a line are kept
 * @param qrPayload text for a QR code printed centred below the body, or null for none
 * @param footer printed centred at the end, or null for none
 */
public record Receipt(String title, List<String> lines, String qrPayload, String footer) {

  public Receipt {
    Objects.requireNonNull(title, "title");
    lines = List.copyOf(lines);
    if (qrPayload != null && qrPayload.isEmpty()) {
      qrPayload = null;
    }
  }

  /** A receipt with a title and lines only. */
  public static Receipt of(String title, List<String> lines) {
    return new Receipt(title, lines, null, null);
  }

  /** This receipt with a QR code. */
  public Receipt withQr(String payload) {
    return new Receipt(title, lines, payload, footer);
  }

  /** This receipt with a footer. */
  public Receipt withFooter(String text) {
    return new Receipt(title, lines, qrPayload, text);
  }

  /**
   * The ESC/POS bytes for this receipt on {@code paper}: initialise, Chinese mode, title, body, QR,
   * footer, then feed to the cutter and cut.
   */
  public byte[] toEscPos(PaperWidth paper) {
    EscPos pos = new EscPos().init().chineseMode();
    pos.align(EscPos.Align.CENTER).bold(true).size(2, 2);
    for (String line : ColumnText.wrap(title, paper.columns() / 2)) {
      pos.line(line);
    }
    pos.size(1, 1).bold(false).newline().align(EscPos.Align.LEFT);
    for (String text : lines) {
      for (String line : ColumnText.wrap(text, paper.columns())) {
        pos.line(line);
      }
    }
    if (qrPayload != null) {
      pos.newline()
          .align(EscPos.Align.CENTER)
          .qr(qrPayload, qrModuleSize(paper), EscPos.QrErrorLevel.M)
          .newline();
    }
    if (footer != null) {
      pos.align(EscPos.Align.CENTER);
      for (String line : ColumnText.wrap(footer, paper.columns())) {
        pos.line(line);
      }
    }
    return pos.align(EscPos.Align.LEFT).feed(3).partialCut().toByteArray();
  }

  static int qrModuleSize(PaperWidth paper) {
    return paper == PaperWidth.MM_80 ? 6 : 4;
  }

  @Override
  public String toString() {
    // A receipt may name a citizen: keep its contents out of logs and exception messages.
    return "Receipt[" + lines.size() + " lines" + (qrPayload != null ? ", QR" : "") + "]";
  }
}
