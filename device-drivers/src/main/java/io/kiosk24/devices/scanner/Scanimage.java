package io.kiosk24.devices.scanner;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code scanimage} once and always reaps it. Its standard output goes to a file (image data
 * can be large, and a file never blocks the process the way a full pipe does), its standard error
 * to another, read afterwards for the message.
 */
final class Scanimage {

  /** How {@code scanimage} ended: its exit code and its standard error, trimmed. */
  record Outcome(int exitCode, String stderr) {}

  private static final Duration REAP_WAIT = Duration.ofSeconds(5);

  private final ScannerConfig config;

  Scanimage(ScannerConfig config) {
    this.config = config;
  }

  /**
   * Runs {@code scanimage ARGS} with standard output into {@code stdout}.
   *
   * @throws ScannerException when it cannot start, outlives {@code timeout} or the wait is
   *     interrupted; in each case the process is gone when this returns
   */
  Outcome run(List<String> args, Path stdout, Duration timeout, String what)
      throws ScannerException {
    List<String> command = new ArrayList<>();
    command.add(config.scanimage());
    command.addAll(args);
    Path stderr;
    try {
      stderr = Files.createTempFile("kiosk24-scanimage-", ".err");
    } catch (IOException e) {
      throw new ScannerException(
          ScannerException.Reason.IO,
          "Could not make a temporary file for scanimage's messages: " + e.getMessage() + ".",
          e);
    }
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile());
      config
          .saneConfigDir()
          .ifPresent(dir -> builder.environment().put("SANE_CONFIG_DIR", dir.toString()));
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new ScannerException(
            ScannerException.Reason.SCANIMAGE_MISSING,
            "Could not start "
                + config.scanimage()
                + " to "
                + what
                + " (install Debian's sane-utils): "
                + e.getMessage()
                + ".",
            e);
      }
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new ScannerException(
              ScannerException.Reason.TIMEOUT,
              "scanimage did not "
                  + what
                  + " within "
                  + (timeout.toMillis() % 1000 == 0
                      ? timeout.toSeconds() + " s"
                      : timeout.toMillis() + " ms")
                  + " and was stopped.");
        }
        return new Outcome(process.exitValue(), readQuietly(stderr));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ScannerException(
            ScannerException.Reason.INTERRUPTED,
            "Waiting for scanimage to " + what + " was interrupted; it was stopped.",
            e);
      } finally {
        reap(process);
      }
    } finally {
      deleteQuietly(stderr);
    }
  }

  private static void reap(Process process) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(REAP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(REAP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  static String readQuietly(Path file) {
    try {
      return Files.readString(file, Charset.defaultCharset()).strip();
    } catch (IOException e) {
      return "";
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover temporary file is harmless
    }
  }

  /**
   * The sentence scanimage's error output ends with, without the {@code scanimage:} prefix and
   * without its notes ("Output format is not set"); empty when it said nothing useful.
   */
  static String lastMessage(String stderr) {
    String found = "";
    for (String line : stderr.split("\\R")) {
      String text = line.strip();
      if (text.startsWith("scanimage:")) {
        text = text.substring("scanimage:".length()).strip();
      }
      if (!text.isEmpty() && !text.startsWith("Output format is not set")) {
        found = text;
      }
    }
    while (found.endsWith(".")) {
      found = found.substring(0, found.length() - 1);
    }
    return found;
  }
}
