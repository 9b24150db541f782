package io.kiosk24.devices.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A cupsd of its own on a free loopback port, with every directory under a temporary one, for ITs:
 * {@code cupsd -f -c cupsd.conf -s cups-files.conf}. Queues are added with lpadmin against it.
 * Needs root (filters run as user lp, cupsd switches to it) and the Debian packages cups,
 * cups-client, cups-bsd and printer-driver-cups-pdf; fails, never skips, when they are missing, so
 * a machine without them goes red instead of silently green.
 *
 * <p>cups-pdf reads its settings from {@code /etc/cups/cups-pdf.conf} whatever the ServerRoot, so
 * its PDFs land where that file's {@code Out} says, {@code ~/PDF} of the job's user by default;
 * {@link #cupsPdfOutput} finds a job's file there by its job number.
 */
public final class PrivateCupsd implements AutoCloseable {

  private static final Path CUPSD = Path.of("/usr/sbin/cupsd");
  private static final Path CUPS_PDF_PPD = Path.of("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");

  private final Path dir;
  private final int port;
  private final Process process;

  private PrivateCupsd(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /** Starts cupsd and waits until it answers. */
  public static PrivateCupsd start() throws IOException {
    for (Path needed :
        List.of(CUPSD, Path.of("/usr/sbin/lpadmin"), Path.of("/usr/bin/lpr"), CUPS_PDF_PPD)) {
      if (!Files.exists(needed)) {
        throw new IOException(
            (isCi() ? "CI=true, and " : "")
                + "the CUPS ITs need "
                + needed
                + ": install cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils.");
      }
    }
    Path dir = Files.createTempDirectory("kiosk24-cupsd");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (String sub : List.of("conf", "cache", "state", "spool", "log")) {
      Files.createDirectories(dir.resolve(sub));
    }
    // Filters run as lp and copy their input into TempDir: it must be world-writable, sticky.
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    run("chmod", "1777", tmp.toString());
    int port = freePort();
    Files.writeString(
        dir.resolve("conf/cupsd.conf"),
        String.join(
            "\n",
            "Listen 127.0.0.1:" + port,
            "LogLevel info",
            "Browsing Off",
            "WebInterface No",
            "DefaultAuthType None",
            "<Location />",
            "  Order allow,deny",
            "  Allow all",
            "</Location>",
            "<Location /admin>",
            "  Order allow,deny",
            "  Allow all",
            "</Location>",
            "<Policy default>",
            "  <Limit All>",
            "    Order deny,allow",
            "  </Limit>",
            "</Policy>",
            ""));
    Files.writeString(
        dir.resolve("conf/cups-files.conf"),
        String.join(
            "\n",
            "ServerRoot " + dir.resolve("conf"),
            "CacheDir " + dir.resolve("cache"),
            "StateDir " + dir.resolve("state"),
            "RequestRoot " + dir.resolve("spool"),
            "TempDir " + tmp,
            "AccessLog " + dir.resolve("log/access_log"),
            "ErrorLog " + dir.resolve("log/error_log"),
            "PageLog " + dir.resolve("log/page_log"),
            "Printcap " + dir.resolve("printcap"),
            "SystemGroup root",
            ""));
    Process process =
        new ProcessBuilder(
                CUPSD.toString(),
                "-f",
                "-c",
                dir.resolve("conf/cupsd.conf").toString(),
                "-s",
                dir.resolve("conf/cups-files.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log/cupsd.out").toFile())
            .start();
    PrivateCupsd cupsd = new PrivateCupsd(dir, port, process);
    Instant deadline = Instant.now().plusSeconds(30);
    while (!cupsd.answers()) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        String log = cupsd.log();
        cupsd.close();
        throw new IOException("cupsd did not start on port " + port + "; it said:\n" + log);
      }
      try {
        process.waitFor(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while starting cupsd.", e);
      }
    }
    return cupsd;
  }

  private boolean answers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code 127.0.0.1:PORT}, for {@code CUPS_SERVER} and {@code device.a4.server}. */
  public String server() {
    return "127.0.0.1:" + port;
  }

  /** Adds an enabled cups-pdf queue. */
  public void addPdfQueue(String queue) throws IOException {
    run(
        "lpadmin",
        "-h",
        server(),
        "-p",
        queue,
        "-E",
        "-v",
        "cups-pdf:/",
        "-P",
        CUPS_PDF_PPD.toString());
  }

  /** Adds an enabled raw queue (no filters) to a device URI such as {@code socket://host:port}. */
  public void addRawQueue(String queue, String deviceUri) throws IOException {
    run("lpadmin", "-h", server(), "-p", queue, "-E", "-v", deviceUri, "-m", "raw");
  }

  /** Stops the queue, as {@code cupsdisable} does: state stopped, reason paused. */
  public void disable(String queue) throws IOException {
    run("cupsdisable", "-h", server(), queue);
  }

  public void enable(String queue) throws IOException {
    run("cupsenable", "-h", server(), queue);
  }

  /** Makes the queue refuse new jobs, as {@code cupsreject} does. */
  public void reject(String queue) throws IOException {
    run("cupsreject", "-h", server(), queue);
  }

  public void accept(String queue) throws IOException {
    run("cupsaccept", "-h", server(), queue);
  }

  /**
   * The PDF cups-pdf wrote for job {@code jobId} of this run, if it is there yet: cups-pdf names
   * its files {@code TITLE-job_N.pdf}.
   */
  public Optional<Path> cupsPdfOutput(int jobId, Instant notBefore) throws IOException {
    Path out = cupsPdfOutDir();
    if (!Files.isDirectory(out)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(out)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith("job_" + jobId + ".pdf"))
          .filter(p -> modified(p).isAfter(notBefore.minusSeconds(2)))
          .max(Comparator.comparing(PrivateCupsd::modified));
    }
  }

  /** Where cups-pdf puts a job of this process's user: {@code Out} of /etc/cups/cups-pdf.conf. */
  public static Path cupsPdfOutDir() throws IOException {
    String out = "${HOME}/PDF";
    Path conf = Path.of("/etc/cups/cups-pdf.conf");
    if (Files.exists(conf)) {
      for (String line : Files.readAllLines(conf, StandardCharsets.UTF_8)) {
        String trimmed = line.trim();
        if (trimmed.startsWith("Out ")) {
          out = trimmed.substring(4).trim();
        }
      }
    }
    return Path.of(
        out.replace("${HOME}", System.getProperty("user.home"))
            .replace("${USER}", System.getProperty("user.name")));
  }

  private static Instant modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toInstant();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scheduler's log so far, for failure messages. */
  public String log() {
    StringBuilder all = new StringBuilder();
    for (String name : List.of("log/cupsd.out", "log/error_log")) {
      try {
        all.append(Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
      } catch (IOException e) {
        all.append("(no ").append(name).append(")\n");
      }
    }
    return all.toString();
  }

  /** Runs a CUPS command line tool and fails with its output when it fails. */
  public static String run(String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish within 60 s.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted running " + command[0] + ".", e);
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command) + " exited " + p.exitValue() + ":\n" + output);
    }
    return output;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
      for (Path p : paths) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  /** How long a test should wait for a job at most. */
  public static Duration jobTimeout() {
    return Duration.ofSeconds(90);
  }
}
