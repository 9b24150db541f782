package io.kiosk24.provisioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kiosk24.devices.idcard.IdCardEmulator;
import io.kiosk24.devices.idcard.SampleCard;
import io.kiosk24.devices.serial.JSerialCommLink;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kioskctl emulate}: run a device emulator on a port, for demos and for bench tests. */
@Command(
    name = "emulate",
    description = "Run a device emulator on a serial port until interrupted.",
    mixinStandardHelpOptions = true,
    subcommands = {EmulateCommand.IdCard.class, EmulatePrinterCommand.class})
public final class EmulateCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "idcard",
      description = "Emulate a GA 467 ID card reader with sample cards.",
      mixinStandardHelpOptions = true)
  static final class IdCard implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "PATH", required = true, description = "Port to serve.")
    String port;

    @Option(
        names = "--cards",
        paramLabel = "FILE",
        description = "JSON sample cards; the four built-in ones if absent.")
    Path cards;

    @Option(
        names = "--card",
        paramLabel = "N",
        defaultValue = "0",
        description = "Index of the card on the reader; -1 for none.")
    int card;

    @Option(
        names = "--fault",
        paramLabel = "NAME",
        defaultValue = "NONE",
        description = "Misbehave: ${COMPLETION-CANDIDATES}.")
    IdCardEmulator.Fault fault;

    @Option(
        names = "--slow-ms",
        paramLabel = "MS",
        defaultValue = "4000",
        description = "Delay of a slow reply.")
    long slowMs;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      List<SampleCard> samples;
      try {
        samples = cards == null ? SampleCard.builtIn() : SampleCard.load(cards);
      } catch (IOException e) {
        spec.commandLine()
            .getErr()
            .println("Cannot read the sample cards in " + cards + ": " + reason(e) + ".");
        return KioskCtl.FAILED;
      }
      try (IdCardEmulator emulator =
          new IdCardEmulator(JSerialCommLink.open(port, 115200), samples)) {
        if (card >= 0) {
          emulator.placeCard(card);
        }
        emulator.inject(fault);
        emulator.slowReplyDelay(Duration.ofMillis(slowMs));
        emulator.start();
        out.println(
            "Emulating an ID card reader on "
                + port
                + " with "
                + samples.size()
                + " cards"
                + (card >= 0 ? ", card " + card + " placed" : "")
                + (fault == IdCardEmulator.Fault.NONE ? "" : ", fault " + fault)
                + ". Stop with Ctrl-C.");
        out.flush();
        new CountDownLatch(1).await();
      }
      return 0;
    }

    /** Why a cards file could not be read, without Jackson's multi-line source location. */
    private static String reason(IOException e) {
      if (e instanceof NoSuchFileException) {
        return "there is no such file";
      }
      if (e instanceof JsonProcessingException json) {
        return json.getOriginalMessage();
      }
      return e.getMessage();
    }
  }
}
