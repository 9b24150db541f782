package io.kiosk24.devices.serial;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pair of connected pseudo terminals made by {@code socat -d -d pty,raw,echo=0 pty,raw,echo=0}:
 * whatever is written to {@link #left()} comes out of {@link #right()} and back. Fails, never
 * skips, when socat is missing, so a CI machine without it goes red instead of silently green.
 *
 * <p>The one copy of this rig: device-drivers publishes it in its test-jar, so the ITs of other
 * modules depend on that instead of copying it.
 */
public final class SocatPtyPair implements AutoCloseable {

  private static final Pattern PTY_LINE = Pattern.compile("PTY is (\\S+)");

  private final Process process;
  private final String left;
  private final String right;

  private SocatPtyPair(Process process, String left, String right) {
    this.process = process;
    this.left = left;
    this.right = right;
  }

  /** Starts socat and waits until both ptys exist. */
  public static SocatPtyPair start() throws IOException {
    return start(null, null);
  }

  /**
   * Starts socat with each pty also reachable through a stable symlink (either may be null), so a
   * test can stop the pair and start a new one at the same path, as a USB reader being unplugged
   * and plugged back.
   */
  public static SocatPtyPair start(Path leftLink, Path rightLink) throws IOException {
    String socat = findSocat();
    List<String> command = new ArrayList<>();
    command.add(socat);
    command.add("-d");
    command.add("-d");
    command.add(ptyAddress(leftLink));
    command.add(ptyAddress(rightLink));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> ptys = new ArrayList<>();
    StringBuilder seen = new StringBuilder();
    String line;
    // socat creates the symlinks after naming the ptys; it is ready once its transfer loop starts.
    boolean ready = false;
    while (!ready && (line = err.readLine()) != null) {
      ready = line.contains("starting data transfer loop");
      seen.append(line).append('\n');
      Matcher m = PTY_LINE.matcher(line);
      if (m.find()) {
        ptys.add(m.group(1));
      }
    }
    if (!ready || ptys.size() < 2) {
      process.destroyForcibly();
      throw new IOException("socat did not report two ptys; it said:\n" + seen);
    }
    Thread drain =
        new Thread(
            () -> {
              try {
                while (err.readLine() != null) {
                  // keep socat's stderr pipe from filling up
                }
              } catch (IOException e) {
                // socat ended
              }
            },
            "socat-stderr");
    drain.setDaemon(true);
    drain.start();
    return new SocatPtyPair(process, ptys.get(0), ptys.get(1));
  }

  private static String ptyAddress(Path link) {
    return link == null ? "pty,raw,echo=0" : "pty,raw,echo=0,link=" + link.toAbsolutePath();
  }

  private static String findSocat() throws IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path candidate = Path.of(dir, "socat");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    String hint =
        "true".equalsIgnoreCase(System.getenv("CI"))
            ? "CI=true, and serial ITs need socat: install it (apt-get install socat)."
            : "Serial ITs need socat on the PATH: install it (apt-get install socat).";
    throw new IOException(hint);
  }

  /** The path of one end, such as {@code /dev/pts/3}. */
  public String left() {
    return left;
  }

  /** The path of the other end. */
  public String right() {
    return right;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
