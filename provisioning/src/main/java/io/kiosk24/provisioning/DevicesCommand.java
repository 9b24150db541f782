package io.kiosk24.provisioning;

import com.fazecast.jSerialComm.SerialPort;
import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceSettings;
import io.kiosk24.devices.document.DocumentPrinter;
import io.kiosk24.devices.scanner.ScannerInfo;
import io.kiosk24.devices.scanner.Scanners;
import io.kiosk24.devices.smartcard.SmartCardReaders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kioskctl devices}: what serial ports, CUPS queues, PC/SC readers and SANE scanners exist,
 * and which device uses which.
 */
@Command(
    name = "devices",
    description = "Serial ports, printers, card readers, scanners and configured devices.",
    mixinStandardHelpOptions = true,
    subcommands = {DevicesCommand.ListPorts.class})
public final class DevicesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "list",
      description =
          "List serial ports, CUPS queues, PC/SC smart card readers and SANE scanners, and the"
              + " devices a configuration assigns to them.",
      mixinStandardHelpOptions = true)
  static final class ListPorts implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Terminal properties file.")
    Path config;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      TreeSet<String> ports = new TreeSet<>();
      for (SerialPort port : SerialPort.getCommPorts()) {
        ports.add(port.getSystemPortPath());
      }
      try (DirectoryStream<Path> dev =
          Files.newDirectoryStream(Path.of("/dev"), "{ttyUSB*,ttyACM*,ttyS*}")) {
        dev.forEach(p -> ports.add(p.toString()));
      } catch (IOException e) {
        // no /dev on this system: jSerialComm's list is all there is
      }
      out.println("Serial ports:");
      if (ports.isEmpty()) {
        out.println("  (none)");
      }
      ports.forEach(p -> out.println("  " + p));
      printCupsQueues(out);
      printSmartCardReaders(out);
      printScanners(out);
      if (config != null) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
          properties.load(in);
        }
        DeviceConfig devices = DeviceConfig.from(properties);
        out.println("Configured devices (profile " + devices.profile() + "):");
        for (DeviceSettings d : devices.devices().values()) {
          String where = d.port().isEmpty() ? "no port" : d.port();
          String present =
              d.port().startsWith("/dev/") && !Files.exists(Path.of(d.port())) ? " (missing)" : "";
          out.println("  " + d.role() + ": " + d.driver() + " on " + where + present);
        }
      }
      return 0;
    }

    private static void printCupsQueues(PrintWriter out) {
      out.println("CUPS queues (for device.a4.queue):");
      try {
        List<String> queues = DocumentPrinter.queues();
        if (queues.isEmpty()) {
          out.println("  (none)");
        }
        queues.forEach(q -> out.println("  " + q));
      } catch (RuntimeException e) {
        out.println("  (cannot list them: " + e.getMessage() + ")");
      }
    }

    private static void printSmartCardReaders(PrintWriter out) {
      out.println("Smart card readers (PC/SC, for device.smartcard.reader):");
      SmartCardReaders.Listing listing = SmartCardReaders.readers();
      listing.problem().ifPresent(p -> out.println("  " + p));
      if (listing.readers().isEmpty() && listing.problem().isEmpty()) {
        out.println("  (none)");
      }
      listing.readers().forEach(r -> out.println("  " + r));
    }

    private static void printScanners(PrintWriter out) {
      out.println("Scanners (SANE, for device.scanner.device):");
      Scanners.Listing listing = Scanners.list();
      listing.problem().ifPresent(p -> out.println("  " + p));
      if (listing.scanners().isEmpty() && listing.problem().isEmpty()) {
        out.println("  (none)");
      }
      for (ScannerInfo s : listing.scanners()) {
        out.println(
            "  " + s.device() + "  " + s.vendor() + " " + s.model() + " (" + s.type() + ")");
      }
    }
  }
}
