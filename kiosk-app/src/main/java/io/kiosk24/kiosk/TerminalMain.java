package io.kiosk24.kiosk;

import io.kiosk24.kiosk.config.TerminalConfig;
import io.kiosk24.kiosk.config.TerminalDevices;
import io.kiosk24.kiosk.core.KioskCore;
import io.kiosk24.kiosk.core.KioskSettings;
import io.kiosk24.kiosk.core.Scheduler;
import io.kiosk24.kiosk.fleet.FleetAgent;
import io.kiosk24.kiosk.fleet.HealthProbe;
import io.kiosk24.kiosk.ui.KioskUi;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiosk-terminal}: runs one self-service terminal. */
@Command(
    name = "kiosk-terminal",
    mixinStandardHelpOptions = true,
    version = "Kiosk24 terminal " + TerminalMain.VERSION,
    description = "Run a Kiosk24 self-service terminal.")
public final class TerminalMain implements Callable<Integer> {
  static final String VERSION = "0.1.0";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--id", description = "This terminal's id (default: kiosk-HOSTNAME).")
  String id;

  @Option(
      names = "--broker",
      paramLabel = "tcp://HOST:PORT",
      description = "The fleet's MQTT broker (default: tcp://127.0.0.1:1883).")
  String broker;

  @Option(names = "--config", paramLabel = "FILE", description = "A terminal properties file.")
  Path config;

  @Option(names = "--headless", description = "Run the core and fleet agent without a window.")
  boolean headless;

  @Option(names = "--windowed", description = "Open a window instead of going full screen.")
  boolean windowed;

  @Option(
      names = "--keepalive",
      paramLabel = "SECONDS",
      description = "MQTT keepalive (default: 10).")
  Integer keepAlive;

  @Option(
      names = "--health-interval",
      paramLabel = "SECONDS",
      description = "Seconds between health reports (default: 10).")
  Integer healthInterval;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with one-sentence error handling, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new TerminalMain());
    commandLine.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("kiosk-terminal: " + ex.getMessage());
          err.println("Run 'kiosk-terminal --help' to see the options.");
          return 2;
        });
    commandLine.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("kiosk-terminal: " + ex.getMessage());
          return 1;
        });
    return commandLine;
  }

  @Override
  public Integer call() throws Exception {
    Logger log = LoggerFactory.getLogger(TerminalMain.class);
    TerminalConfig settings =
        (config == null ? TerminalConfig.defaults() : TerminalConfig.load(config))
            .with(TerminalConfig.TERMINAL_ID, id)
            .with(TerminalConfig.BROKER, broker)
            .with(TerminalConfig.KEEPALIVE, keepAlive)
            .with(TerminalConfig.HEALTH_INTERVAL, healthInterval);
    boolean withWindow = !headless && displayAvailable();
    PrintWriter out = spec.commandLine().getOut();
    if (!headless && !withWindow) {
      out.println("No display found: running headless (terminal core and fleet agent, no window).");
      out.flush();
    }

    ScheduledExecutorService timers =
        Executors.newSingleThreadScheduledExecutor(named("kiosk-timers"));
    ExecutorService background = Executors.newCachedThreadPool(named("kiosk-devices"));
    ScheduledExecutorService fleetThread =
        Executors.newSingleThreadScheduledExecutor(named("fleet-agent"));
    TerminalDevices devices = TerminalDevices.open(settings.properties(), config);
    KioskCore core =
        new KioskCore(
            devices.idCardReader(),
            background,
            Scheduler.of(timers),
            KioskSettings.DEFAULTS.withTerminalName(settings.terminalName()),
            devices.receiptOutput());
    FleetAgent agent =
        new FleetAgent(
            new FleetAgent.Settings(
                settings.terminalId(),
                settings.broker(),
                settings.keepAliveSeconds(),
                settings.healthIntervalSeconds(),
                withWindow ? "ui" : "headless",
                VERSION),
            new HealthProbe() {
              @Override
              public Map<String, String> deviceStatuses() {
                return devices.statuses();
              }

              @Override
              public boolean citizenSessionActive() {
                return core.session().isActive();
              }
            },
            fleetThread,
            Clock.systemUTC());
    devices.onAnyChange(agent::reportHealthNow);
    devices.inputs().addListener(core);
    agent.start();

    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown =
        new Thread(
            () -> {
              agent.close();
              core.close();
              devices.close();
              fleetThread.shutdownNow();
              timers.shutdownNow();
              background.shutdownNow();
              stopped.countDown();
            },
            "terminal-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    log.info(
        "Terminal {} started ({}), fleet broker {}",
        settings.terminalId(),
        withWindow ? "with window" : "headless",
        settings.broker());
    out.println(
        "Terminal " + settings.terminalId() + " running; fleet broker " + settings.broker());
    out.flush();
    if (withWindow) {
      try {
        KioskUi.launch(core, !windowed, devices.emulators());
        return 0; // the shutdown hook says goodbye to the fleet
      } catch (RuntimeException | LinkageError e) {
        // A display without the toolkit's native libraries (GTK 3) must not stop the terminal.
        log.warn("The window could not open: {}", e.getMessage());
        String hint =
            String.valueOf(e.getMessage()).contains("GTK")
                ? " On Debian, apt-get install libgtk-3-0 gives JavaFX its window toolkit."
                : "";
        out.println(
            "The window could not open (" + e.getMessage() + "); continuing headless." + hint);
        out.flush();
      }
    }
    stopped.await();
    return 0;
  }

  private static boolean displayAvailable() {
    String display = System.getenv("DISPLAY");
    String wayland = System.getenv("WAYLAND_DISPLAY");
    return (display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank());
  }

  private static ThreadFactory named(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
