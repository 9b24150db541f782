package io.kiosk24.console;

import io.kiosk24.fleet.protocol.BrokerAddress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiosk-console}: the central console's command line. */
@Command(
    name = "kiosk-console",
    mixinStandardHelpOptions = true,
    version = "Kiosk24 console 0.1.0",
    description = "The Kiosk24 fleet console.",
    subcommands = {ConsoleMain.Serve.class})
public final class ConsoleMain implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Say what to do, for example: kiosk-console serve");
  }

  public static void main(String[] args) {
    // HiveMQ's jar carries a logback.xml of its own; name ours so logback never picks theirs.
    System.setProperty("logback.configurationFile", "kiosk24-console-logback.xml");
    System.exit(commandLine().execute(args));
  }

  /** The command line with Kiosk24's one-sentence error handling, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new ConsoleMain());
    commandLine.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("kiosk-console: " + ex.getMessage());
          err.println("Run 'kiosk-console --help' to see the options.");
          return 2;
        });
    commandLine.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("kiosk-console: " + ex.getMessage());
          return 1;
        });
    return commandLine;
  }

  /** {@code kiosk-console serve}: runs the console until it is stopped. */
  @Command(
      name = "serve",
      mixinStandardHelpOptions = true,
      description = "Start the broker (unless --broker is given), the store and the web console.")
  static final class Serve implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--broker",
        paramLabel = "tcp://HOST:PORT",
        description = "Use this external MQTT broker instead of the embedded one.")
    String broker;

    @Option(
        names = "--mqtt-port",
        defaultValue = "1883",
        description = "Port of the embedded MQTT broker (default: ${DEFAULT-VALUE}).")
    int mqttPort;

    @Option(
        names = "--http-port",
        defaultValue = "8080",
        description = "Port of the web console (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(
        names = "--bind",
        defaultValue = "0.0.0.0",
        description = "Address the broker and web console listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(
        names = "--data-dir",
        defaultValue = "kiosk24-console",
        description = "Folder for the console's files (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(
        names = "--db",
        description = "SQLite database file (default: console.db in the data folder).")
    Path database;

    @Override
    public Integer call() throws Exception {
      Optional<BrokerAddress> external;
      try {
        external = broker == null ? Optional.empty() : Optional.of(BrokerAddress.parse(broker));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      for (int port : new int[] {mqttPort, httpPort}) {
        if (port < 0 || port > 65535) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "Port " + port + " is not between 0 and 65535.");
        }
      }
      Console.Options options =
          new Console.Options(
              external,
              bind,
              mqttPort,
              httpPort,
              dataDir,
              database != null ? database : dataDir.resolve("console.db"));
      Console console = Console.start(options);
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    console.close();
                    stopped.countDown();
                  },
                  "console-shutdown"));
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "Kiosk24 console ready: http://localhost:"
              + console.httpPort()
              + "/  (MQTT broker "
              + console.brokerUri()
              + ", database "
              + options.database()
              + ")");
      out.flush();
      stopped.await();
      return 0;
    }
  }
}
