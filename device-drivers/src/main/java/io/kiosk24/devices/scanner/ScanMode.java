package io.kiosk24.devices.scanner;

/** Colour or greyscale, as SANE's {@code --mode} option names them for most backends. */
public enum ScanMode {
  COLOR("Color"),
  GRAY("Gray");

  private final String saneName;

  ScanMode(String saneName) {
    this.saneName = saneName;
  }

  /** The value passed to {@code scanimage --mode}. */
  public String saneName() {
    return saneName;
  }
}
