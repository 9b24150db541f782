package io.kiosk24.devices.smartcard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

/**
 * A PC/SC stack with a virtual card, on this machine: {@code pcscd} with the {@code
 * vsmartcard-vpcd} reader driver, and a card served by virtualsmartcard's {@code VirtualICC} (the
 * library behind {@code vicc}) running {@code ssse_card.py}, a social security card with fictitious
 * data.
 *
 * <p>Fails, never skips, when a piece is missing, naming the Debian package. A running {@code
 * pcscd} that listens for vpcd cards is reused; otherwise one is started in the foreground for the
 * rest of the JVM (the JDK keeps one PC/SC context per process, which a restarted pcscd would
 * invalidate, so the rig never stops it before the JVM ends).
 *
 * <p>Debian installs the virtualsmartcard module outside Python's path and ships {@code Cryptodome}
 * where the module imports {@code Crypto}: the rig finds the module with {@code dpkg -L} and, when
 * {@code Crypto} is not importable, puts a one-file shim mapping it to {@code Cryptodome} first on
 * {@code PYTHONPATH}.
 */
public final class VirtualSmartCardRig {

  /** The port vpcd listens on for the first virtual reader's card. */
  public static final int VPCD_PORT = 35963;

  /** The PC/SC name of the reader that card appears in. */
  public static final String READER = "Virtual PCD 00 00";

  /** The ATR ssse_card.py answers with. */
  public static final String ATR = "3B8880014B32342D535353457F";

  private static final String PCSCD = "/usr/sbin/pcscd";
  private static final long START_TIMEOUT_S = 15;
  private static final long LOCK_TIMEOUT_MIN = 10;
  private static Process pcscd;
  private static FileLock rigLock;

  private VirtualSmartCardRig() {}

  /**
   * Makes sure pcscd runs with vpcd listening; starts it if needed. First takes the machine-wide
   * rig lock, held until the JVM ends: vpcd has one card slot and a rig's pcscd ends with its JVM,
   * so two test runs at once (several builds on one machine) take turns instead of pulling each
   * other's cards.
   */
  public static synchronized void ensurePcscd() throws IOException, InterruptedException {
    lockRig();
    if (vpcdListening()) {
      return;
    }
    if (!Files.isExecutable(Path.of(PCSCD))) {
      throw new IOException(
          PCSCD + " is missing; install the Debian packages pcscd and vsmartcard-vpcd.");
    }
    if (!Files.exists(Path.of("/etc/reader.conf.d/vpcd"))) {
      throw new IOException(
          "/etc/reader.conf.d/vpcd is missing; install the Debian package vsmartcard-vpcd.");
    }
    if (pcscd == null || !pcscd.isAlive()) {
      Path log = Files.createTempFile("pcscd", ".log");
      pcscd =
          new ProcessBuilder(PCSCD, "--foreground")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      Process started = pcscd;
      Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_S);
      while (!vpcdListening()) {
        if (!started.isAlive() || System.nanoTime() > deadline) {
          started.destroyForcibly();
          throw new IOException(
              "pcscd did not start listening for vpcd on port "
                  + VPCD_PORT
                  + "; it said:\n"
                  + Files.readString(log));
        }
        started.waitFor(100, TimeUnit.MILLISECONDS);
      }
    }
  }

  private static void lockRig() throws IOException, InterruptedException {
    if (rigLock != null) {
      return;
    }
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "kiosk24-vpcd.lock");
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    CompletableFuture<FileLock> lock =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return channel.lock();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try {
      rigLock = lock.get(LOCK_TIMEOUT_MIN, TimeUnit.MINUTES);
    } catch (TimeoutException | ExecutionException e) {
      channel.close();
      throw new IOException(
          "Another test run has held the virtual smart card reader ("
              + file
              + ") for "
              + LOCK_TIMEOUT_MIN
              + " minutes.",
          e);
    }
  }

  /** Whether something listens on the vpcd port (read from /proc, so vpcd sees no stray client). */
  static boolean vpcdListening() throws IOException {
    String port = String.format(":%04X ", VPCD_PORT);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path path = Path.of(table);
      if (!Files.exists(path)) {
        continue;
      }
      for (String line : Files.readAllLines(path)) {
        String[] f = line.trim().split("\\s+");
        if (f.length > 3 && (f[1] + " ").endsWith(port) && f[3].equals("0A")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Puts the default social security card in the virtual reader. */
  public static VirtualCard insertCard(String... cardArgs)
      throws IOException, InterruptedException {
    ensurePcscd();
    Path dir = Files.createTempDirectory("k24-vicc");
    Path script = dir.resolve("ssse_card.py");
    try (InputStream in = VirtualSmartCardRig.class.getResourceAsStream("ssse_card.py")) {
      if (in == null) {
        throw new IOException("ssse_card.py is not on the test class path.");
      }
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    String python =
        Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    List<String> path = new ArrayList<>();
    if (!canImport(python, "Crypto", "")) {
      if (!canImport(python, "Cryptodome", "")) {
        throw new IOException(
            python
                + " has neither Crypto nor Cryptodome; install the Debian package python3-pycryptodome.");
      }
      Path shim = Files.createDirectories(dir.resolve("shim/Crypto"));
      Files.writeString(
          shim.resolve("__init__.py"),
          "import sys\nimport Cryptodome\nsys.modules[__name__] = Cryptodome\n");
      path.add(dir.resolve("shim").toString());
    }
    virtualSmartCardPath().ifPresent(path::add);
    String pythonPath = String.join(":", path);
    if (!canImport(python, "virtualsmartcard.VirtualSmartcard", pythonPath)) {
      throw new IOException(
          "virtualsmartcard cannot be imported by "
              + python
              + " (PYTHONPATH="
              + pythonPath
              + "); install the Debian package python3-virtualsmartcard.");
    }
    List<String> command =
        new ArrayList<>(
            List.of(python, "-u", script.toString(), "--port", String.valueOf(VPCD_PORT)));
    command.addAll(List.of(cardArgs));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PYTHONPATH", pythonPath);
    Process process = builder.start();
    StringBuilder output = new StringBuilder();
    CompletableFuture<Boolean> connected = new CompletableFuture<>();
    Thread drain =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  synchronized (output) {
                    output.append(line).append('\n');
                  }
                  if (line.contains("vicc connected")) {
                    connected.complete(true);
                  }
                }
              } catch (IOException e) {
                // the process ended
              }
              connected.complete(false);
            },
            "vicc-output");
    drain.setDaemon(true);
    drain.start();
    boolean ok;
    try {
      ok = connected.get(START_TIMEOUT_S, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      ok = false;
    }
    if (!ok) {
      process.destroyForcibly();
      synchronized (output) {
        throw new IOException("The virtual card did not connect to vpcd; it said:\n" + output);
      }
    }
    VirtualCard card = new VirtualCard(process);
    try {
      if (!virtualReader().waitForCardPresent(TimeUnit.SECONDS.toMillis(START_TIMEOUT_S))) {
        card.close();
        throw new IOException(
            "The virtual card connected but PC/SC never reported it in " + READER + ".");
      }
    } catch (CardException e) {
      card.close();
      throw new IOException(
          "PC/SC failed while waiting for the virtual card: " + e.getMessage(), e);
    }
    return card;
  }

  /**
   * The virtual reader through {@code javax.smartcardio}, loading the PC/SC library the way the
   * driver does (a JDK that first failed to load it would never retry).
   */
  static CardTerminal virtualReader() throws IOException {
    try {
      CardTerminal reader = PcscCardReader.pcsc(Optional.empty()).terminals().getTerminal(READER);
      if (reader == null) {
        throw new IOException("PC/SC lists no reader named " + READER + "; is vpcd loaded?");
      }
      return reader;
    } catch (SmartCardException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static Optional<String> virtualSmartCardPath() throws IOException, InterruptedException {
    Process dpkg =
        new ProcessBuilder("dpkg", "-L", "python3-virtualsmartcard")
            .redirectErrorStream(true)
            .start();
    String listing = new String(dpkg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    dpkg.waitFor();
    return listing
        .lines()
        .filter(l -> l.endsWith("/virtualsmartcard/VirtualSmartcard.py"))
        .map(l -> Path.of(l).getParent().getParent().toString())
        .findFirst();
  }

  private static boolean canImport(String python, String module, String pythonPath)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(python, "-c", "import " + module).redirectErrorStream(true);
    builder.environment().put("PYTHONPATH", pythonPath);
    Process p = builder.start();
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }

  /** A virtual card in the reader; {@link #pull()} takes it out the hard way. */
  public static final class VirtualCard implements AutoCloseable {
    private final Process process;

    private VirtualCard(Process process) {
      this.process = process;
    }

    /**
     * Kills the card's process, as if the card were pulled out mid-command, and returns once PC/SC
     * reports the reader empty (vpcd notices a moment later), so the next test starts clean.
     */
    public void pull() {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
        if (!virtualReader().waitForCardAbsent(10_000)) {
          throw new IllegalStateException(
              "PC/SC still reports a card in " + READER + " 10 s after its process ended.");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException | CardException e) {
        throw new IllegalStateException("PC/SC failed while the virtual card was pulled.", e);
      }
    }

    @Override
    public void close() {
      if (process.isAlive()) {
        pull();
      }
    }
  }
}
