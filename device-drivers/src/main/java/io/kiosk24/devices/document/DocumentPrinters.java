package io.kiosk24.devices.document;

import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Makes the A4 printer that configuration asks for ({@code device.a4.*}):
 *
 * <ul>
 *   <li>{@code driver=cups}
 *   <li>{@code queue}: the CUPS queue (also accepted as {@code port}), required
 *   <li>{@code server}: {@code host:port} of cupsd; by default {@code CUPS_SERVER} when it names a
 *       host, else {@code 127.0.0.1:631}
 *   <li>{@code request-timeout-ms}: longest wait for one IPP answer, 5000 by default
 * </ul>
 *
 * <p>{@code driver=emulator} (demo profile only): a {@link DocumentPrinterEmulator} writing its
 * PDFs into the folder {@code out} ({@code kiosk24-a4} in the temporary directory by default).
 */
public final class DocumentPrinters {

  public static final String CUPS = "cups";
  public static final String DEFAULT_SERVER = "127.0.0.1:631";

  /** The driver name of the emulated printer. */
  public static final String EMULATOR = DeviceSettings.EMULATOR;

  /** An emulated printer and the handle that sets its paper and online state. */
  public record Emulated(DocumentPrinter printer, DocumentPrinterEmulator emulator) {}

  private DocumentPrinters() {}

  /**
   * Makes the emulated printer; like the CUPS one it is not opened yet (call {@link
   * DocumentPrinter#open()}, which makes the {@code out} folder).
   *
   * @throws DeviceConfigException when the driver is not {@code emulator} or {@code out} is no path
   */
  public static Emulated openEmulated(DeviceSettings settings) throws DeviceConfigException {
    String role = settings.role();
    if (!EMULATOR.equals(settings.driver())) {
      throw new DeviceConfigException(
          "device." + role + ".driver must be " + EMULATOR + ", not '" + settings.driver() + "'.");
    }
    String out =
        settings
            .option("out")
            .orElse(Path.of(System.getProperty("java.io.tmpdir"), "kiosk24-a4").toString());
    DocumentPrinterEmulator emulator;
    try {
      emulator = new DocumentPrinterEmulator(role, Path.of(out.strip()));
    } catch (InvalidPathException e) {
      throw new DeviceConfigException(
          "device." + role + ".out must be a folder path, not '" + out + "'.");
    }
    return new Emulated(emulator.printer(), emulator);
  }

  /**
   * Makes the configured printer; nothing is asked of CUPS yet (call {@link
   * DocumentPrinter#open()}).
   *
   * @throws DeviceConfigException when the driver is not {@code cups}, the queue is missing or an
   *     option is malformed
   */
  public static DocumentPrinter open(DeviceSettings settings) throws DeviceConfigException {
    String role = settings.role();
    if (EMULATOR.equals(settings.driver())) {
      return openEmulated(settings).printer();
    }
    if (!CUPS.equals(settings.driver())) {
      throw new DeviceConfigException(
          "device."
              + role
              + ".driver must be "
              + CUPS
              + " (or "
              + EMULATOR
              + " in the demo profile), not '"
              + settings.driver()
              + "'.");
    }
    String queue = settings.option("queue").orElse(settings.port()).trim();
    if (queue.isEmpty()) {
      throw new DeviceConfigException(
          "device." + role + ".queue is required: name the CUPS queue (see lpstat -p).");
    }
    if (!queue.matches("[A-Za-z0-9_.-]+")) {
      throw new DeviceConfigException(
          "device."
              + role
              + ".queue must be a CUPS queue name (letters, digits, . _ -), not '"
              + queue
              + "'.");
    }
    String server = settings.option("server").orElse(defaultServer()).trim();
    if (!server.matches("[A-Za-z0-9.-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:]+\\](:\\d{1,5})?")) {
      throw new DeviceConfigException(
          "device." + role + ".server must be HOST or HOST:PORT, not '" + server + "'.");
    }
    if (!server.matches(".*:\\d{1,5}")) {
      server = server + ":631";
    }
    int timeoutMs = settings.intOption("request-timeout-ms", 5000);
    if (timeoutMs <= 0) {
      throw new DeviceConfigException(
          "device." + role + ".request-timeout-ms must be positive, not " + timeoutMs + ".");
    }
    return new CupsDocumentPrinter(
        role,
        queue,
        server,
        Duration.ofMillis(timeoutMs),
        CupsDocumentPrinter.PrintServices.javaxPrint());
  }

  /** {@code CUPS_SERVER} when it names a host (not a domain socket), else 127.0.0.1:631. */
  static String defaultServer() {
    return Optional.ofNullable(System.getenv("CUPS_SERVER"))
        .filter(s -> !s.isBlank() && !s.startsWith("/"))
        .orElse(DEFAULT_SERVER);
  }
}
