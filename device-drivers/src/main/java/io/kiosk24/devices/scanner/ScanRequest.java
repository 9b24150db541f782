package io.kiosk24.devices.scanner;

import java.util.Objects;

/**
 * One page to scan: resolution in dots per inch, colour or grey, and the file format.
 *
 * @param resolution dots per inch, 25 to 2400; a backend rounds to the nearest it supports
 */
public record ScanRequest(int resolution, ScanMode mode, ScanFormat format) {

  public static final int DEFAULT_RESOLUTION = 300;

  public ScanRequest {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(format, "format");
    if (resolution < 25 || resolution > 2400) {
      throw new IllegalArgumentException(
          "resolution must be between 25 and 2400 dpi, not " + resolution);
    }
  }

  /** 300 dpi colour PNG, what a document scan for the back office usually asks for. */
  public static ScanRequest defaults() {
    return new ScanRequest(DEFAULT_RESOLUTION, ScanMode.COLOR, ScanFormat.PNG);
  }

  public ScanRequest withResolution(int value) {
    return new ScanRequest(value, mode, format);
  }

  public ScanRequest withMode(ScanMode value) {
    return new ScanRequest(resolution, value, format);
  }

  public ScanRequest withFormat(ScanFormat value) {
    return new ScanRequest(resolution, mode, value);
  }
}
