package io.kiosk24.provisioning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * kioskctl in a JVM of its own, started the way {@code bin/kioskctl} starts it, with its standard
 * output and error in files a test can read while it runs.
 */
final class KioskCtlProcess implements AutoCloseable {

  private final Process process;
  private final Path out;
  private final Path err;

  private KioskCtlProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code kioskctl args} on this test's class path, its output in files under dir. */
  static KioskCtlProcess start(Path dir, String... args) throws IOException {
    return start(dir, Map.of(), args);
  }

  /**
   * Starts {@code kioskctl args} as {@link #start(Path, String...)} does, with {@code env} added.
   */
  static KioskCtlProcess start(Path dir, Map<String, String> env, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(KioskCtl.class.getName());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "kioskctl-", ".out");
    Path err = Files.createTempFile(dir, "kioskctl-", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    return new KioskCtlProcess(process, out, err);
  }

  /** What kioskctl has printed on standard output so far. */
  String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** What kioskctl has printed on standard error so far. */
  String err() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  /** Fails the test, showing what kioskctl printed, if kioskctl has already ended. */
  void assertRunning() throws IOException {
    if (!process.isAlive()) {
      throw new AssertionError(
          "kioskctl ended with exit " + process.exitValue() + "; it printed:\n" + out() + err());
    }
  }

  /** Waits for kioskctl to end by itself; fails the test if it is still running after the wait. */
  int exitCode(Duration wait) throws IOException, InterruptedException {
    if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(
          "kioskctl still runs after " + wait + "; it printed:\n" + out() + err());
    }
    return process.exitValue();
  }

  /** Kills kioskctl: an emulator leaves nothing behind that a gentler stop would tidy up. */
  @Override
  public void close() {
    process.destroyForcibly().onExit().orTimeout(10, TimeUnit.SECONDS).join();
  }
}
