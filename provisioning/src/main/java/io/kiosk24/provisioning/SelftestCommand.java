package io.kiosk24.provisioning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.terminal.Devices;
import io.kiosk24.devices.terminal.OpenedDevice;
import io.kiosk24.devices.terminal.OpenedDevices;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kioskctl selftest}: opens every configured device through the device layer, runs its
 * self-test and prints one line per device. Exit 0 when all pass, 1 when any fails or cannot be
 * opened, 2 without a configuration.
 */
@Command(
    name = "selftest",
    description = "Open every configured device and run its self-test.",
    mixinStandardHelpOptions = true)
public final class SelftestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The terminal's properties file (device.ROLE.* keys).")
  Path config;

  @Option(names = "--json", description = "Print a JSON array instead of lines.")
  boolean json;

  /** One device's outcome, as printed. */
  record Line(String role, String driver, boolean passed, String status, String summary) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (config == null) {
      err.println("Name the terminal's configuration: kioskctl selftest --config FILE.");
      return KioskCtl.USAGE;
    }
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      err.println("Cannot read the configuration " + config + ": " + e.getMessage() + ".");
      return KioskCtl.FAILED;
    }
    DeviceConfig devices = DeviceConfig.from(properties);
    if (devices.devices().isEmpty()) {
      err.println("No device is configured in " + config + " (no device.ROLE.driver key).");
      return KioskCtl.FAILED;
    }
    List<Line> lines = new ArrayList<>();
    try (OpenedDevices opened = Devices.open(devices)) {
      for (OpenedDevice device : opened.all()) {
        SelfTestResult result = device.selfTest();
        lines.add(
            new Line(
                device.role(),
                device.driver(),
                result.passed(),
                result.status().name(),
                oneLine(result.summary())));
      }
    }
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ArrayNode array = mapper.createArrayNode();
      for (Line line : lines) {
        ObjectNode node = array.addObject();
        node.put("role", line.role());
        node.put("driver", line.driver());
        node.put("result", line.passed() ? "PASS" : "FAIL");
        node.put("status", line.status());
        node.put("summary", line.summary());
      }
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
    } else {
      int roleWidth = lines.stream().mapToInt(l -> l.role().length()).max().orElse(0);
      int driverWidth = lines.stream().mapToInt(l -> l.driver().length()).max().orElse(0);
      for (Line line : lines) {
        out.println(
            String.format(
                "%-" + roleWidth + "s  %-" + driverWidth + "s  %s  %s",
                line.role(),
                line.driver(),
                line.passed() ? "PASS" : "FAIL",
                line.summary()));
      }
    }
    out.flush();
    return lines.stream().allMatch(Line::passed) ? 0 : KioskCtl.FAILED;
  }

  private static String oneLine(String summary) {
    if (summary == null || summary.isBlank()) {
      return "No summary.";
    }
    String line = summary.strip().replaceAll("\\s*\\R\\s*", " ");
    return line.endsWith(".") ? line : line + ".";
  }
}
