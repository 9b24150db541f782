package io.kiosk24.console;

import io.kiosk24.console.broker.BrokerStartException;
import io.kiosk24.console.broker.EmbeddedBroker;
import io.kiosk24.console.fleet.BrokerUnreachableException;
import io.kiosk24.console.fleet.FleetIngest;
import io.kiosk24.console.fleet.FleetPresence;
import io.kiosk24.console.store.SqliteTerminalStore;
import io.kiosk24.console.store.StoreException;
import io.kiosk24.console.store.TerminalStore;
import io.kiosk24.console.web.ConsoleWeb;
import io.kiosk24.console.web.WebStartException;
import io.kiosk24.fleet.protocol.BrokerAddress;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running console: broker (embedded unless an external one is given), ingest, store, web. */
public final class Console implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Console.class);

  /** How the console is started. */
  public record Options(
      Optional<BrokerAddress> externalBroker,
      String bindAddress,
      int mqttPort,
      int httpPort,
      Path dataDir,
      Path database) {}

  private final Deque<AutoCloseable> parts;
  private final FleetPresence presence;
  private final ConsoleWeb web;
  private final String brokerUri;

  private Console(
      Deque<AutoCloseable> parts, FleetPresence presence, ConsoleWeb web, String brokerUri) {
    this.parts = parts;
    this.presence = presence;
    this.web = web;
    this.brokerUri = brokerUri;
  }

  /**
   * Starts every part, or none: a part that fails closes those already started.
   *
   * @throws ConsoleStartException with one sentence for the operator
   */
  public static Console start(Options options) throws ConsoleStartException {
    Deque<AutoCloseable> parts = new ArrayDeque<>();
    try {
      requireFreePort(options.bindAddress(), options.httpPort(), "--http-port");
      TerminalStore store = SqliteTerminalStore.open(options.database());
      parts.push(store);
      FleetPresence presence = new FleetPresence(store, Clock.systemUTC());
      BrokerAddress broker;
      if (options.externalBroker().isPresent()) {
        broker = options.externalBroker().get();
      } else {
        requireFreePort(options.bindAddress(), options.mqttPort(), "--mqtt-port");
        EmbeddedBroker embedded =
            EmbeddedBroker.start(
                options.dataDir().resolve("broker"), options.bindAddress(), options.mqttPort());
        parts.push(embedded);
        broker = BrokerAddress.parse(embedded.localUri());
      }
      parts.push(FleetIngest.connect(broker, presence));
      ScheduledExecutorService timer =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "presence-silence-check");
                thread.setDaemon(true);
                return thread;
              });
      timer.scheduleWithFixedDelay(presence::checkSilence, 1, 1, TimeUnit.SECONDS);
      parts.push(timer::shutdownNow);
      ConsoleWeb web = ConsoleWeb.start(presence, options.bindAddress(), options.httpPort());
      parts.push(web);
      return new Console(parts, presence, web, broker.uri());
    } catch (StoreException
        | BrokerStartException
        | BrokerUnreachableException
        | WebStartException e) {
      closeAll(parts);
      throw new ConsoleStartException(e.getMessage(), e);
    } catch (ConsoleStartException e) {
      closeAll(parts);
      throw e;
    }
  }

  public int httpPort() {
    return web.port();
  }

  public String brokerUri() {
    return brokerUri;
  }

  public FleetPresence presence() {
    return presence;
  }

  @Override
  public void close() {
    closeAll(parts);
  }

  private static void closeAll(Deque<AutoCloseable> parts) {
    while (!parts.isEmpty()) {
      try {
        parts.pop().close();
      } catch (Exception e) {
        LOG.warn("A console part did not close cleanly: {}", e.getMessage());
      }
    }
  }

  /**
   * Says plainly that a port is taken, before a library says it with a stack trace. Port 0 (any
   * free port) always passes.
   */
  private static void requireFreePort(String bindAddress, int port, String option)
      throws ConsoleStartException {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), port));
    } catch (IOException e) {
      throw new ConsoleStartException(
          "Port "
              + port
              + " is already in use on "
              + bindAddress
              + ": stop the program using it or choose another with "
              + option
              + ".",
          e);
    }
  }
}
