package io.kiosk24.provisioning;

import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.receipt.PaperWidth;
import io.kiosk24.devices.receipt.PrinterStatus;
import io.kiosk24.devices.receipt.Receipt;
import io.kiosk24.devices.receipt.ReceiptPrinter;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kioskctl printer}: asks the receipt printer for its status, or prints a test receipt. Exit
 * 0 when the printer can print, 3 when it answers but cannot (paper out, cover open...), 1 when it
 * cannot be reached.
 */
@Command(
    name = "printer",
    description = "Check the receipt printer or print a test receipt.",
    mixinStandardHelpOptions = true,
    subcommands = {PrinterCommand.Status.class, PrinterCommand.Test.class})
public final class PrinterCommand implements Runnable {

  static final int UNREACHABLE = 1;
  static final int NEEDS_ATTENTION = 3;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  abstract static class PrinterAction implements Callable<Integer> {

    @Spec CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    PrinterTarget target;

    @Option(
        names = "--baud",
        defaultValue = "9600",
        description = "Serial speed (default ${DEFAULT-VALUE}).")
    int baud;

    @Option(
        names = "--paper",
        defaultValue = "80",
        paramLabel = "MM",
        description = "Paper width, 80 or 58 (default ${DEFAULT-VALUE}).")
    String paper;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      PaperWidth width;
      try {
        width = PaperWidth.ofMillimetres(paper);
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage() + ".");
        return UNREACHABLE;
      }
      try (ReceiptPrinter printer = target.open(baud, width)) {
        return act(printer, out);
      } catch (DeviceException e) {
        err.println(e.getMessage());
        return UNREACHABLE;
      } catch (RuntimeException e) {
        err.println("The printer command failed unexpectedly: " + e + ".");
        return UNREACHABLE;
      } finally {
        out.flush();
        err.flush();
      }
    }

    abstract int act(ReceiptPrinter printer, PrintWriter out) throws DeviceException;

    static int report(ReceiptPrinter printer, PrinterStatus status, PrintWriter out) {
      out.println("Printer at " + printer.describe() + ": " + status.describe());
      if (!status.canPrint()) {
        out.println("It cannot print until this is fixed.");
        return NEEDS_ATTENTION;
      }
      return 0;
    }
  }

  /** {@code kioskctl printer status}. */
  @Command(
      name = "status",
      description = "Ask the printer for its status (DLE EOT 1 to 4).",
      mixinStandardHelpOptions = true)
  static final class Status extends PrinterAction {
    @Override
    int act(ReceiptPrinter printer, PrintWriter out) throws DeviceException {
      return report(printer, printer.queryStatus(), out);
    }
  }

  /** {@code kioskctl printer test}. */
  @Command(
      name = "test",
      description = "Print a test receipt with Chinese text and a QR code.",
      mixinStandardHelpOptions = true)
  static final class Test extends PrinterAction {
    @Override
    int act(ReceiptPrinter printer, PrintWriter out) throws DeviceException {
      printer.print(testReceipt(printer));
      // The answer to a status query comes after the printer has taken in the whole job, so
      // asking before the port is closed keeps a close from cutting the job short.
      PrinterStatus after = printer.queryStatus();
      out.println("Printed a test receipt on " + printer.describe() + ".");
      return report(printer, after, out);
    }
  }

  /** The test receipt: every column filled once, Chinese and Latin text, a scannable QR code. */
  static Receipt testReceipt(ReceiptPrinter printer) {
    String now = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    int columns = printer.paper().columns();
    StringBuilder ruler = new StringBuilder();
    for (int i = 1; i <= columns; i++) {
      ruler.append(i % 10);
    }
    return new Receipt(
        "打印测试",
        List.of(
            "Kiosk24 receipt printer test",
            "时间 Time: " + now,
            "纸宽 Paper: " + printer.paper().millimetres() + " mm, " + columns + " columns",
            ruler.toString(),
            "中文：粤智助政务服务自助终端，二十四小时为您服务。"),
        "KIOSK24-PRINTER-TEST " + now,
        "扫描二维码应显示 KIOSK24-PRINTER-TEST");
  }
}
