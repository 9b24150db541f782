package io.kiosk24.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.receipt.PaperWidth;
import io.kiosk24.devices.receipt.ReceiptPrinterEmulator;
import io.kiosk24.devices.serial.JSerialCommLink;
import io.kiosk24.devices.serial.SocatPtyPair;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** kioskctl's printer commands, run in-process against the emulated printer. */
class PrinterCommandIT {

  @TempDir Path out;
  private final ExecutorService background = Executors.newSingleThreadExecutor();

  record Run(int exit, String out, String err) {}

  static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @AfterEach
  void stop() throws InterruptedException {
    background.shutdownNow();
    background.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Test
  void statusAndTestOverTcp() throws Exception {
    try (ReceiptPrinterEmulator emulator = new ReceiptPrinterEmulator(out, PaperWidth.MM_80)) {
      int port = emulator.serveTcp(0);
      String tcp = "127.0.0.1:" + port;

      Run status = run(new PrinterCommand(), "status", "--tcp", tcp);
      assertThat(status.exit()).isZero();
      assertThat(status.out()).contains("tcp://" + tcp).contains("ONLINE, paper FULL");

      Run test = run(new PrinterCommand(), "test", "--tcp", tcp);
      assertThat(test.exit()).as(test.err()).isZero();
      assertThat(test.out()).contains("Printed a test receipt");
      await().atMost(Duration.ofSeconds(20)).until(() -> emulator.receipts().size() == 1);

      emulator.setPaper(ConsumableState.OUT);
      Run out = run(new PrinterCommand(), "status", "--tcp", tcp);
      assertThat(out.exit()).isEqualTo(PrinterCommand.NEEDS_ATTENTION);
      assertThat(out.out()).contains("paper OUT").contains("cannot print");

      Run refused = run(new PrinterCommand(), "test", "--tcp", tcp);
      assertThat(refused.exit()).isEqualTo(PrinterCommand.UNREACHABLE);
      assertThat(refused.err()).contains("cannot print now").doesNotContain("\tat ");
    }
  }

  @Test
  void statusOverASerialPty() throws Exception {
    try (SocatPtyPair pty = SocatPtyPair.start();
        ReceiptPrinterEmulator emulator = new ReceiptPrinterEmulator(out, PaperWidth.MM_58)) {
      emulator.serve(JSerialCommLink.open(pty.right(), 9600));
      emulator.setPaper(ConsumableState.LOW);
      Run status = run(new PrinterCommand(), "status", "--port", pty.left());
      assertThat(status.exit()).as(status.err()).isZero();
      assertThat(status.out()).contains(pty.left()).contains("paper LOW");

      Run test = run(new PrinterCommand(), "test", "--port", pty.left(), "--paper", "58");
      assertThat(test.exit()).as(test.err()).isZero();
      await().atMost(Duration.ofSeconds(20)).until(() -> emulator.receipts().size() == 1);
    }
  }

  @Test
  void unreachablePrinterEndsWithOneSentenceAndNoStackTrace() throws Exception {
    int freePort;
    try (ServerSocket probe = new ServerSocket(0)) {
      freePort = probe.getLocalPort();
    }
    Run run = run(new PrinterCommand(), "status", "--tcp", "127.0.0.1:" + freePort);
    assertThat(run.exit()).isEqualTo(PrinterCommand.UNREACHABLE);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("127.0.0.1:" + freePort).doesNotContain("Exception");

    Run missing = run(new PrinterCommand(), "status", "--port", "/dev/does-not-exist");
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.err()).contains("/dev/does-not-exist").doesNotContain("\tat ");
  }

  @Test
  void emulatePrinterServesTcpUntilInterrupted() throws Exception {
    int freePort;
    try (ServerSocket probe = new ServerSocket(0)) {
      freePort = probe.getLocalPort();
    }
    StringWriter emulatorOut = new StringWriter();
    CommandLine emulate = new CommandLine(new EmulatePrinterCommand());
    emulate.setOut(new PrintWriter(emulatorOut, true));
    emulate.setErr(new PrintWriter(emulatorOut, true));
    Future<Integer> running =
        background.submit(
            () ->
                emulate.execute(
                    "--tcp", String.valueOf(freePort), "--out", out.toString(), "--paper", "58"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> emulatorOut.toString().contains("Stop with"));

    Run test = run(new PrinterCommand(), "test", "--tcp", "127.0.0.1:" + freePort);
    assertThat(test.exit()).as(test.err()).isZero();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> emulatorOut.toString().contains("receipt-0001.png"));
    assertThat(out.resolve("receipt-0001.png")).exists();

    running.cancel(true);
    await().atMost(Duration.ofSeconds(10)).until(() -> emulatorOut.toString().contains("stopped"));
  }

  @Test
  void emulatePrinterServesAPty() throws Exception {
    try (SocatPtyPair pty = SocatPtyPair.start()) {
      StringWriter emulatorOut = new StringWriter();
      CommandLine emulate = new CommandLine(new EmulatePrinterCommand());
      emulate.setOut(new PrintWriter(emulatorOut, true));
      emulate.setErr(new PrintWriter(emulatorOut, true));
      background.submit(
          () ->
              emulate.execute(
                  "--port", pty.right(), "--out", out.toString(), "--paper-state", "LOW"));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> emulatorOut.toString().contains("Stop with"));
      Run status = run(new PrinterCommand(), "status", "--port", pty.left());
      assertThat(status.exit()).as(status.err()).isZero();
      assertThat(status.out()).contains("paper LOW");
    }
  }

  @Test
  void runsUnderKioskCtlAndEmulate() throws Exception {
    try (ReceiptPrinterEmulator emulator = new ReceiptPrinterEmulator(out, PaperWidth.MM_80)) {
      int port = emulator.serveTcp(0);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit =
          KioskCtl.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
              .execute("printer", "status", "--tcp", "127.0.0.1:" + port);
      assertThat(exit).as(err.toString()).isZero();
      assertThat(out.toString()).contains("ONLINE, paper FULL");

      StringWriter help = new StringWriter();
      int helpExit =
          KioskCtl.commandLine(new PrintWriter(help, true), new PrintWriter(help, true))
              .execute("emulate", "printer", "--help");
      assertThat(helpExit).isZero();
      assertThat(help.toString()).contains("--out").contains("--tcp");
    }
  }

  @Test
  void emulatePrinterRefusesABadPaperWidthInOneSentence() {
    Run run =
        run(new EmulatePrinterCommand(), "--tcp", "0", "--out", out.toString(), "--paper", "76");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("80 or 58");
  }
}
