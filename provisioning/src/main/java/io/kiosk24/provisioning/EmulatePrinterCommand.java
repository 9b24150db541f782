package io.kiosk24.provisioning;

import io.kiosk24.devices.ConsumableState;
import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.receipt.PaperWidth;
import io.kiosk24.devices.receipt.ReceiptPrinterEmulator;
import io.kiosk24.devices.serial.JSerialCommLink;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kioskctl emulate printer}: an ESC/POS receipt printer in software, on a serial port (one
 * end of a pty pair) or a TCP port, writing each receipt as a PNG. Runs until interrupted.
 */
@Command(
    name = "printer",
    description = "Emulate an ESC/POS receipt printer; each receipt becomes a PNG in --out.",
    mixinStandardHelpOptions = true)
public final class EmulatePrinterCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  static final class Endpoint {
    @Option(
        names = "--port",
        paramLabel = "PATH",
        required = true,
        description = "Serial port to serve, such as one end of a socat pty pair.")
    String port;

    @Option(
        names = "--tcp",
        paramLabel = "PORT",
        required = true,
        description = "TCP port to listen on, like a network printer's 9100.")
    Integer tcp;
  }

  @ArgGroup(multiplicity = "1")
  Endpoint endpoint;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Directory for the receipt PNGs.")
  Path out;

  @Option(
      names = "--paper",
      defaultValue = "80",
      paramLabel = "MM",
      description = "Paper width, 80 or 58 (default ${DEFAULT-VALUE}).")
  String paper;

  @Option(
      names = "--paper-state",
      defaultValue = "FULL",
      description = "Paper the status answers report: FULL, LOW, OUT or JAMMED.")
  ConsumableState paperState;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on with --tcp (default ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--baud", defaultValue = "9600", description = "Serial speed.")
  int baud;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PaperWidth width;
    try {
      width = PaperWidth.ofMillimetres(paper);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage() + ".");
      err.flush();
      return 1;
    }
    try (ReceiptPrinterEmulator emulator = new ReceiptPrinterEmulator(out(), width)) {
      emulator.setPaper(paperState);
      emulator.addReceiptListener(
          png -> {
            out.println("Printed " + png);
            out.flush();
          });
      String where;
      if (endpoint.port != null) {
        emulator.serve(JSerialCommLink.open(endpoint.port, baud));
        where = endpoint.port;
      } else {
        int port = emulator.serveTcp(InetAddress.getByName(bind), endpoint.tcp);
        where = "tcp://" + bind + ":" + port;
      }
      out.println(
          "Emulated "
              + width.millimetres()
              + " mm receipt printer on "
              + where
              + ", receipts go to "
              + emulator.outputDirectory()
              + ". Stop with Ctrl-C.");
      out.flush();
      new CountDownLatch(1).await();
      return 0;
    } catch (InterruptedException e) {
      out.println("Emulated printer stopped.");
      out.flush();
      return 0;
    } catch (UnknownHostException e) {
      err.println("--bind " + bind + " is not an address of this machine.");
    } catch (IOException e) {
      err.println("Cannot run the emulated printer: " + e.getMessage() + ".");
    } catch (DeviceException e) {
      err.println(e.getMessage());
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage() + ".");
    }
    err.flush();
    return 1;
  }

  private Path out() {
    return out.toAbsolutePath();
  }
}
