package io.kiosk24.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real terminal in its own JVM, started the way {@code bin/kiosk-terminal} starts it, with its
 * output captured to files the test can read.
 */
final class TerminalProcess implements AutoCloseable {
  private final Process process;
  private final Path log;

  private TerminalProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static TerminalProcess start(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.kiosk24.kiosk.TerminalMain");
    command.addAll(List.of(args));
    Path log = Files.createTempFile(dir, "terminal", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().remove("DISPLAY");
    builder.environment().remove("WAYLAND_DISPLAY");
    return new TerminalProcess(builder.start(), log);
  }

  String output() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Ends the terminal with SIGKILL: no goodbye, the broker has to notice. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** Ends the terminal with SIGTERM, as systemd stops it. */
  int stop() throws InterruptedException {
    process.destroy();
    return process.waitFor();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
