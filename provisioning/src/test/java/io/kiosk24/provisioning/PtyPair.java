package io.kiosk24.provisioning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two connected ptys from {@code socat -d -d pty,raw,echo=0 pty,raw,echo=0}. Fails, never skips,
 * without socat (with CI=true too), so a CI machine without it goes red.
 */
final class PtyPair implements AutoCloseable {

  private static final Pattern PTY_LINE = Pattern.compile("PTY is (\\S+)");

  private final Process process;
  final String left;
  final String right;

  private PtyPair(Process process, String left, String right) {
    this.process = process;
    this.left = left;
    this.right = right;
  }

  static PtyPair start() throws IOException {
    Process process;
    try {
      process =
          new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0")
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      throw new IOException(
          "Printer ITs need socat on the PATH"
              + ("true".equalsIgnoreCase(System.getenv("CI")) ? " (CI=true)" : "")
              + ": apt-get install socat.",
          e);
    }
    BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> ptys = new ArrayList<>();
    StringBuilder seen = new StringBuilder();
    String line;
    while (ptys.size() < 2 && (line = err.readLine()) != null) {
      seen.append(line).append('\n');
      Matcher m = PTY_LINE.matcher(line);
      if (m.find()) {
        ptys.add(m.group(1));
      }
    }
    if (ptys.size() < 2) {
      process.destroyForcibly();
      throw new IOException("socat did not report two ptys; it said:\n" + seen);
    }
    Thread drain =
        new Thread(
            () -> {
              try {
                while (err.readLine() != null) {
                  // keep socat's output pipe from filling up
                }
              } catch (IOException e) {
                // socat ended
              }
            },
            "socat-output");
    drain.setDaemon(true);
    drain.start();
    return new PtyPair(process, ptys.get(0), ptys.get(1));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
