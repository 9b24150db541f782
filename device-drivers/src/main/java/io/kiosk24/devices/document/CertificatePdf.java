package io.kiosk24.devices.document;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Renders a {@link Certificate} to an A4 PDF, Chinese text included, without any PDF library.
 *
 * <p>Text stays text: every character drawn is a glyph of a Type 3 font whose outline comes from
 * Noto Sans CJK SC (Debian's {@code fonts-noto-cjk}), named {@code uniXXXX} and mapped back to
 * Unicode by a {@code ToUnicode} CMap. The names matter: CUPS turns a PDF into PostScript and
 * cups-pdf or the printer back again, and a glyph name survives those conversions where a {@code
 * ToUnicode} table does not, so the text can still be searched and extracted at the end. (The JDK's
 * own PostScript printing draws any font but its few standard ones as bare outlines, which is why
 * certificates are not printed as a {@code Printable}.) Embedding Noto's CFF outlines directly
 * would need a CFF subsetter; Type 3 glyphs keep the file small (a page of 300 distinct characters
 * is about 200 KB).
 */
public final class CertificatePdf {

  /** A4 in points. */
  static final double PAGE_WIDTH = 595.28;

  static final double PAGE_HEIGHT = 841.89;

  static final String FONT_FAMILY = "Noto Sans CJK SC";
  private static final double MARGIN = 72;
  private static final double TITLE_SIZE = 22;
  private static final double BODY_SIZE = 14;
  private static final double LINE_GAP = 1.7;
  private static final int UNITS = 1000;
  private static final int GLYPHS_PER_FONT = 255;
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private record GlyphKey(int codePoint, boolean bold) {}

  private record Glyph(GlyphKey key, int fontIndex, int code, double advance, String proc) {}

  private record Run(double x, double y, double size, boolean bold, String text) {}

  private final Font regular;
  private final Font bold;
  private final Map<GlyphKey, Glyph> glyphs = new LinkedHashMap<>();
  private final List<Integer> glyphsInFont = new ArrayList<>();
  private final List<Boolean> fontIsBold = new ArrayList<>();
  private final List<List<Run>> pages = new ArrayList<>();

  private CertificatePdf(Font regular, Font bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /**
   * Lays out and writes one certificate.
   *
   * @throws DocumentPrinterException when the font cannot draw a character of it (the message says
   *     how many, never which: they may be a citizen's name)
   */
  public static byte[] render(Certificate certificate) throws DocumentPrinterException {
    Font regular = new Font(FONT_FAMILY, Font.PLAIN, UNITS);
    Font bold = new Font(FONT_FAMILY, Font.BOLD, UNITS);
    if (!FONT_FAMILY.equalsIgnoreCase(regular.getFamily(Locale.ROOT))) {
      throw new DocumentPrinterException(
          "The font "
              + FONT_FAMILY
              + " is not installed, so certificates cannot be rendered: install fonts-noto-cjk.");
    }
    CertificatePdf pdf = new CertificatePdf(regular, bold);
    pdf.layout(certificate);
    return pdf.write();
  }

  private void layout(Certificate certificate) throws DocumentPrinterException {
    double width = PAGE_WIDTH - 2 * MARGIN;
    List<Run> page = newPage();
    double y = PAGE_HEIGHT - MARGIN - TITLE_SIZE;
    for (String line : wrap(certificate.title(), TITLE_SIZE, true, width)) {
      double x = (PAGE_WIDTH - measure(line, TITLE_SIZE, true)) / 2;
      page.add(new Run(x, y, TITLE_SIZE, true, line));
      y -= TITLE_SIZE * LINE_GAP;
    }
    y -= BODY_SIZE;
    for (String paragraph : certificate.lines()) {
      for (String line : wrap(paragraph, BODY_SIZE, false, width)) {
        if (y < MARGIN + BODY_SIZE) {
          page = newPage();
          y = PAGE_HEIGHT - MARGIN - BODY_SIZE;
        }
        page.add(new Run(MARGIN, y, BODY_SIZE, false, line));
        y -= BODY_SIZE * LINE_GAP;
      }
    }
    List<String> footer = new ArrayList<>();
    footer.addAll(wrap(certificate.issuedBy(), BODY_SIZE, false, width));
    footer.add(
        String.format(
            Locale.ROOT,
            "%d年%d月%d日",
            certificate.date().getYear(),
            certificate.date().getMonthValue(),
            certificate.date().getDayOfMonth()));
    y -= BODY_SIZE * 2;
    if (y - footer.size() * BODY_SIZE * LINE_GAP < MARGIN) {
      page = newPage();
      y = PAGE_HEIGHT - MARGIN - BODY_SIZE;
    }
    for (String line : footer) {
      page.add(
          new Run(
              PAGE_WIDTH - MARGIN - measure(line, BODY_SIZE, false), y, BODY_SIZE, false, line));
      y -= BODY_SIZE * LINE_GAP;
    }
    int missing = 0;
    for (GlyphKey key : glyphs.keySet()) {
      if (!Character.isWhitespace(key.codePoint())
          && !(key.bold() ? bold : regular).canDisplay(key.codePoint())) {
        missing++;
      }
    }
    if (missing > 0) {
      throw new DocumentPrinterException(
          "The font "
              + FONT_FAMILY
              + " cannot draw "
              + missing
              + " character(s) of this certificate, so it was not printed.");
    }
  }

  private List<Run> newPage() {
    List<Run> page = new ArrayList<>();
    pages.add(page);
    return page;
  }

  /**
   * Breaks text into lines no wider than {@code width}: at a space if the line has one, else
   * anywhere.
   */
  private List<String> wrap(String text, double size, boolean isBold, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double used = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      double advance = glyph(cp, isBold).advance() * size / UNITS;
      if (used + advance > width && line.length() > 0) {
        int space = line.lastIndexOf(" ");
        String rest = "";
        if (space > 0) {
          rest = line.substring(space + 1);
          line.setLength(space);
        }
        lines.add(line.toString());
        line = new StringBuilder(rest);
        used = measure(rest, size, isBold);
      }
      line.appendCodePoint(cp);
      used += advance;
      i += Character.charCount(cp);
    }
    lines.add(line.toString());
    return lines;
  }

  private double measure(String text, double size, boolean isBold) {
    return text.codePoints().mapToDouble(cp -> glyph(cp, isBold).advance()).sum() * size / UNITS;
  }

  private Glyph glyph(int codePoint, boolean isBold) {
    int cp = Character.isISOControl(codePoint) ? ' ' : codePoint;
    GlyphKey key = new GlyphKey(cp, isBold);
    Glyph known = glyphs.get(key);
    if (known != null) {
      return known;
    }
    int fontIndex = -1;
    for (int f = 0; f < glyphsInFont.size(); f++) {
      if (fontIsBold.get(f) == isBold && glyphsInFont.get(f) < GLYPHS_PER_FONT) {
        fontIndex = f;
        break;
      }
    }
    if (fontIndex < 0) {
      fontIndex = glyphsInFont.size();
      glyphsInFont.add(0);
      fontIsBold.add(isBold);
    }
    int code = glyphsInFont.get(fontIndex) + 1;
    glyphsInFont.set(fontIndex, code);
    GlyphVector vector = (isBold ? bold : regular).createGlyphVector(FRC, Character.toChars(cp));
    double advance = vector.getGlyphMetrics(0).getAdvance();
    Glyph glyph =
        new Glyph(key, fontIndex, code, advance, charProc(vector.getGlyphOutline(0), advance));
    glyphs.put(key, glyph);
    return glyph;
  }

  /** A Type 3 glyph procedure: the outline at 1000 units, y flipped from AWT's downward axis. */
  private static String charProc(Shape outline, double advance) {
    Rectangle2D box = outline.getBounds2D();
    StringBuilder out = new StringBuilder();
    if (box.isEmpty()) {
      return out.append(num(advance)).append(" 0 0 0 0 0 d1\n").toString();
    }
    out.append(num(advance))
        .append(" 0 ")
        .append(num(Math.floor(box.getMinX())))
        .append(' ')
        .append(num(Math.floor(-box.getMaxY())))
        .append(' ')
        .append(num(Math.ceil(box.getMaxX())))
        .append(' ')
        .append(num(Math.ceil(-box.getMinY())))
        .append(" d1\n");
    PathIterator it = outline.getPathIterator(null);
    double[] c = new double[6];
    double lastX = 0;
    double lastY = 0;
    double startX = 0;
    double startY = 0;
    while (!it.isDone()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> {
          point(out, c[0], c[1]).append("m\n");
          lastX = startX = c[0];
          lastY = startY = c[1];
        }
        case PathIterator.SEG_LINETO -> {
          point(out, c[0], c[1]).append("l\n");
          lastX = c[0];
          lastY = c[1];
        }
        case PathIterator.SEG_QUADTO -> {
          point(out, lastX + 2.0 / 3 * (c[0] - lastX), lastY + 2.0 / 3 * (c[1] - lastY));
          point(out, c[2] + 2.0 / 3 * (c[0] - c[2]), c[3] + 2.0 / 3 * (c[1] - c[3]));
          point(out, c[2], c[3]).append("c\n");
          lastX = c[2];
          lastY = c[3];
        }
        case PathIterator.SEG_CUBICTO -> {
          point(out, c[0], c[1]);
          point(out, c[2], c[3]);
          point(out, c[4], c[5]).append("c\n");
          lastX = c[4];
          lastY = c[5];
        }
        default -> {
          out.append("h\n");
          lastX = startX;
          lastY = startY;
        }
      }
      it.next();
    }
    out.append(it.getWindingRule() == PathIterator.WIND_EVEN_ODD ? "f*\n" : "f\n");
    return out.toString();
  }

  private static StringBuilder point(StringBuilder out, double x, double y) {
    return out.append(num(x)).append(' ').append(num(-y)).append(' ');
  }

  private static String num(double value) {
    long rounded = Math.round(value * 10);
    if (rounded % 10 == 0) {
      return Long.toString(rounded / 10);
    }
    return (rounded < 0 ? "-" : "") + Math.abs(rounded) / 10 + "." + Math.abs(rounded) % 10;
  }

  private byte[] write() {
    PdfObjects objects = new PdfObjects();
    int catalog = objects.reserve();
    int pagesRoot = objects.reserve();
    StringBuilder fontResources = new StringBuilder("<<");
    for (int f = 0; f < glyphsInFont.size(); f++) {
      fontResources
          .append(" /F")
          .append(f + 1)
          .append(' ')
          .append(writeFont(objects, f))
          .append(" 0 R");
    }
    fontResources.append(" >>");
    StringBuilder kids = new StringBuilder();
    for (List<Run> page : pages) {
      int content = objects.addStream("", content(page));
      int pageObject =
          objects.add(
              "<< /Type /Page /Parent "
                  + pagesRoot
                  + " 0 R /MediaBox [0 0 "
                  + PAGE_WIDTH
                  + " "
                  + PAGE_HEIGHT
                  + "] /Resources << /Font "
                  + fontResources
                  + " >> /Contents "
                  + content
                  + " 0 R >>");
      kids.append(pageObject).append(" 0 R ");
    }
    objects.set(pagesRoot, "<< /Type /Pages /Kids [" + kids + "] /Count " + pages.size() + " >>");
    objects.set(catalog, "<< /Type /Catalog /Pages " + pagesRoot + " 0 R >>");
    int info = objects.add("<< /Producer (Kiosk24) >>");
    return objects.toPdf(catalog, info);
  }

  private int writeFont(PdfObjects objects, int fontIndex) {
    List<Glyph> members = glyphs.values().stream().filter(g -> g.fontIndex() == fontIndex).toList();
    StringBuilder procs = new StringBuilder("<<");
    StringBuilder differences = new StringBuilder("[1");
    StringBuilder widths = new StringBuilder("[");
    StringBuilder cmap = new StringBuilder();
    for (Glyph glyph : members) {
      String name = glyphName(glyph.key().codePoint());
      int proc = objects.addStream("", glyph.proc());
      procs.append(" /").append(name).append(' ').append(proc).append(" 0 R");
      differences.append(" /").append(name);
      widths.append(num(glyph.advance())).append(' ');
      cmap.append(String.format(Locale.ROOT, "<%02X> <", glyph.code()));
      for (char ch : Character.toChars(glyph.key().codePoint())) {
        cmap.append(String.format(Locale.ROOT, "%04X", (int) ch));
      }
      cmap.append(">\n");
    }
    procs.append(" >>");
    differences.append("]");
    widths.append("]");
    int toUnicode =
        objects.addStream(
            "",
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                + members.size()
                + " beginbfchar\n"
                + cmap
                + "endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return objects.add(
        "<< /Type /Font /Subtype /Type3 /FontBBox [-200 -300 1200 1100]"
            + " /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs "
            + procs
            + " /Encoding << /Type /Encoding /Differences "
            + differences
            + " >> /FirstChar 1 /LastChar "
            + members.size()
            + " /Widths "
            + widths
            + " /ToUnicode "
            + toUnicode
            + " 0 R /Resources << >> >>");
  }

  private static String glyphName(int codePoint) {
    return codePoint > 0xFFFF
        ? String.format(Locale.ROOT, "u%05X", codePoint)
        : String.format(Locale.ROOT, "uni%04X", codePoint);
  }

  private String content(List<Run> runs) {
    StringBuilder out = new StringBuilder("0 g\n");
    for (Run run : runs) {
      out.append("BT\n1 0 0 1 ")
          .append(num(run.x()))
          .append(' ')
          .append(num(run.y()))
          .append(" Tm\n");
      int currentFont = -1;
      StringBuilder hex = new StringBuilder();
      for (int cp : run.text().codePoints().toArray()) {
        Glyph glyph = glyph(cp, run.bold());
        if (glyph.fontIndex() != currentFont) {
          flush(out, hex);
          currentFont = glyph.fontIndex();
          out.append("/F")
              .append(currentFont + 1)
              .append(' ')
              .append(num(run.size()))
              .append(" Tf\n");
        }
        hex.append(String.format(Locale.ROOT, "%02X", glyph.code()));
      }
      flush(out, hex);
      out.append("ET\n");
    }
    return out.toString();
  }

  private static void flush(StringBuilder out, StringBuilder hex) {
    if (hex.length() > 0) {
      out.append('<').append(hex).append("> Tj\n");
      hex.setLength(0);
    }
  }

  /** The numbered objects of one PDF file and its cross-reference table. */
  private static final class PdfObjects {
    private final List<byte[]> bodies = new ArrayList<>();

    int reserve() {
      bodies.add(null);
      return bodies.size();
    }

    void set(int number, String body) {
      bodies.set(number - 1, body.getBytes(StandardCharsets.US_ASCII));
    }

    int add(String body) {
      int number = reserve();
      set(number, body);
      return number;
    }

    int addStream(String extraDictEntries, String data) {
      byte[] compressed = deflate(data.getBytes(StandardCharsets.US_ASCII));
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(
          ("<< /Length "
                  + compressed.length
                  + " /Filter /FlateDecode "
                  + extraDictEntries
                  + ">>\nstream\n")
              .getBytes(StandardCharsets.US_ASCII));
      body.writeBytes(compressed);
      body.writeBytes("\nendstream".getBytes(StandardCharsets.US_ASCII));
      bodies.add(body.toByteArray());
      return bodies.size();
    }

    byte[] toPdf(int root, int info) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
      long[] offsets = new long[bodies.size()];
      for (int i = 0; i < bodies.size(); i++) {
        offsets[i] = out.size();
        out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bodies.get(i));
        out.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
      }
      long xref = out.size();
      StringBuilder table =
          new StringBuilder("xref\n0 " + (bodies.size() + 1) + "\n0000000000 65535 f \n");
      for (long offset : offsets) {
        table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
      }
      table
          .append("trailer\n<< /Size ")
          .append(bodies.size() + 1)
          .append(" /Root ")
          .append(root)
          .append(" 0 R /Info ")
          .append(info)
          .append(" 0 R >>\nstartxref\n")
          .append(xref)
          .append("\n%%EOF\n");
      out.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
      return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      deflater.end();
      return out.toByteArray();
    }
  }
}
