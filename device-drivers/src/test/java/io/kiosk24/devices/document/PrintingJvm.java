package io.kiosk24.devices.document;

import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.config.DeviceSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Prints from a JVM of its own whose {@code CUPS_SERVER} names the private cupsd, the way a
 * terminal's JVM starts: the JDK reads the CUPS server once per process, before any test could
 * choose a free port, so the test JVM cannot print there itself.
 *
 * <p>{@code main(server, queue, command, [file])}; commands {@code queues}, {@code selftest},
 * {@code pdf FILE}, {@code raw FILE}, {@code certificate}; prints one line {@code RESULT ...}.
 */
public final class PrintingJvm {

  /** What the child printed and how it ended. */
  public record Result(int exitCode, String output) {
    /** The words after {@code RESULT} on the child's result line. */
    public List<String> result() {
      return output
          .lines()
          .filter(l -> l.startsWith("RESULT "))
          .findFirst()
          .map(l -> List.of(l.substring(7).split(" ")))
          .orElseThrow(() -> new AssertionError("No RESULT line in:\n" + output));
    }
  }

  /** The certificate the {@code certificate} command prints. */
  public static Certificate sampleCertificate() {
    return new Certificate(
        "居民户籍证明",
        List.of("兹证明测试人员系广东省佛山市南海区桂城街道居民，户籍登记于本辖区。", "特此证明。本证明自出具之日起三十日内有效。"),
        "佛山市南海区桂城街道办事处",
        LocalDate.of(2026, 11, 23));
  }

  public static Result run(String server, String queue, String... command) throws IOException {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.add("-Djava.awt.headless=true");
    line.add("-Dfile.encoding=UTF-8");
    line.add("-cp");
    line.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    line.add(PrintingJvm.class.getName());
    line.add(server);
    line.add(queue);
    line.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("CUPS_SERVER", server);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    try {
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("The printing JVM did not end within 3 minutes.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted waiting for the printing JVM.", e);
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  public static void main(String[] args) throws Exception {
    String server = args[0];
    String queue = args[1];
    String command = args[2];
    Duration timeout = PrivateCupsd.jobTimeout();
    DocumentPrinter printer =
        DocumentPrinters.open(
            new DeviceSettings("a4", "cups", null, Map.of("queue", queue, "server", server)));
    try {
      switch (command) {
        case "queues" -> System.out.println("RESULT " + String.join(" ", DocumentPrinter.queues()));
        case "selftest" -> {
          SelfTestResult result = printer.selfTest();
          System.out.println("RESULT " + result.status() + " " + result.summary());
        }
        case "pdf" -> report(printer.printPdf(Files.readAllBytes(Path.of(args[3])), timeout));
        case "raw" -> report(printer.printRaw(Files.readAllBytes(Path.of(args[3])), timeout));
        case "certificate" -> report(printer.printCertificate(sampleCertificate(), timeout));
        default -> throw new IllegalArgumentException("Unknown command " + command);
      }
    } catch (DocumentPrinterException e) {
      System.out.println("RESULT ERROR " + e.getMessage());
      System.exit(2);
    } finally {
      printer.close();
    }
    System.exit(0);
  }

  private static void report(PrintOutcome outcome) {
    System.out.println(
        "RESULT " + outcome.result() + " " + outcome.jobId() + " " + outcome.reasons());
  }
}
