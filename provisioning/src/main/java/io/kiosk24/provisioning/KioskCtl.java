package io.kiosk24.provisioning;

import io.kiosk24.devices.DeviceException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kioskctl}: the field maintainer's tool for installing, testing and servicing a terminal.
 */
@Command(
    name = "kioskctl",
    description = "Install, test and service a Kiosk24 terminal.",
    mixinStandardHelpOptions = true,
    subcommands = {
      DevicesCommand.class,
      IdCardCommand.class,
      PrinterCommand.class,
      EmulateCommand.class,
      SelftestCommand.class
    })
public final class KioskCtl implements Runnable {

  /** Exit code for a command line picocli could not understand. */
  static final int USAGE = 2;

  /** Exit code for a device that failed in a way without a code of its own. */
  static final int FAILED = 1;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The command line with kioskctl's error handling: a bad option or a failure ends with one
   * sentence on {@code err} and a non-zero exit, never a stack trace.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new KioskCtl());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          ex.getCommandLine().getErr().println(ex.getMessage() + " (see kioskctl --help)");
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          String sentence =
              ex instanceof DeviceException
                  ? ex.getMessage()
                  : "kioskctl failed: "
                      + (ex.getMessage() == null ? ex.toString() : ex.getMessage());
          commandLine.getErr().println(sentence);
          return FAILED;
        });
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(commandLine(out, err).execute(args));
  }
}
