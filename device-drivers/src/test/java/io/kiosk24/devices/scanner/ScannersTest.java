package io.kiosk24.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScannersTest {

  @Test
  void aMissingScanimageListsNothingAndSaysWhatToInstall() {
    Scanners.Listing listing =
        Scanners.list(
            ScannerConfig.of("scanner", "any")
                .withScanimage("/nowhere/scanimage")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)));

    assertThat(listing.scanners()).isEmpty();
    assertThat(listing.problem())
        .contains(
            "scanimage is not installed, so no scanner can be listed; install Debian's"
                + " sane-utils.");
  }
}
