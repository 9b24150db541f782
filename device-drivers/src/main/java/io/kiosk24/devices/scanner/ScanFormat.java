package io.kiosk24.devices.scanner;

/**
 * The file a scan is written as. {@code scanimage} of sane-backends 1.1 (Debian 12) writes each of
 * these itself ({@code --format=png|jpeg|pdf}); PDF holds one page.
 */
public enum ScanFormat {
  PNG("png"),
  JPEG("jpeg"),
  PDF("pdf");

  private final String saneName;

  ScanFormat(String saneName) {
    this.saneName = saneName;
  }

  /** The value passed to {@code scanimage --format}. */
  public String saneName() {
    return saneName;
  }
}
