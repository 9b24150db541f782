package io.kiosk24.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiosk24.devices.scanner.SaneTestRig;
import io.kiosk24.devices.smartcard.VirtualSmartCardRig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kioskctl devices list} against a real pcscd with vpcd and SANE's test backend. */
class DevicesCommandIT {

  @TempDir Path dir;

  @Test
  void listsTheVirtualPcscReaders() throws Exception {
    VirtualSmartCardRig.ensurePcscd();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit =
        KioskCtl.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute("devices", "list");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("Smart card readers (PC/SC, for device.smartcard.reader):\n")
        .contains("\n  " + VirtualSmartCardRig.READER + "\n")
        .doesNotContain("Exception");
  }

  @Test
  void listsTheSaneTestScannerWhereSaneConfigDirEnablesIt() throws Exception {
    Path sane = SaneTestRig.configDir(Files.createDirectories(dir.resolve("sane")));

    try (KioskCtlProcess kioskctl =
        KioskCtlProcess.start(dir, Map.of("SANE_CONFIG_DIR", sane.toString()), "devices", "list")) {
      assertThat(kioskctl.exitCode(Duration.ofSeconds(60))).as(kioskctl.err()).isZero();
      assertThat(kioskctl.out())
          .contains("Scanners (SANE, for device.scanner.device):\n  test:0  Noname")
          .doesNotContain("Exception");
    }
  }

  @Test
  void saysInOneSentenceWhenScanimageIsMissing() throws Exception {
    try (KioskCtlProcess kioskctl =
        KioskCtlProcess.start(dir, Map.of("PATH", "/nowhere"), "devices", "list")) {
      assertThat(kioskctl.exitCode(Duration.ofSeconds(60))).as(kioskctl.err()).isZero();
      assertThat(kioskctl.out())
          .contains(
              "Scanners (SANE, for device.scanner.device):\n"
                  + "  scanimage is not installed, so no scanner can be listed; install Debian's"
                  + " sane-utils.\n")
          .doesNotContain("Exception");
    }
  }
}
