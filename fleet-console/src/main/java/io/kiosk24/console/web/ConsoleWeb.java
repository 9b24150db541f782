package io.kiosk24.console.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.staticfiles.Location;
import io.kiosk24.console.fleet.FleetPresence;
import io.kiosk24.console.store.TerminalRecord;
import io.kiosk24.fleet.protocol.FleetJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's HTTP face: the fleet page, {@code GET /api/terminals}, and {@code GET /api/events}
 * streaming every terminal change as a server-sent event named {@code terminal}.
 */
public final class ConsoleWeb implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleWeb.class);

  private final Javalin app;
  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();

  private ConsoleWeb(Javalin app) {
    this.app = app;
  }

  /** Starts serving on {@code host:port}; throws {@link WebStartException} with one sentence. */
  public static ConsoleWeb start(FleetPresence presence, String host, int port)
      throws WebStartException {
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.staticFiles.add("/public", Location.CLASSPATH);
            });
    ConsoleWeb web = new ConsoleWeb(app);
    app.get("/api/terminals", ctx -> json(ctx, snapshot(presence.terminals())));
    app.sse(
        "/api/events",
        client -> {
          client.keepAlive();
          client.onClose(() -> web.clients.remove(client));
          web.clients.add(client);
          client.sendEvent("snapshot", text(snapshot(presence.terminals())));
        });
    presence.addListener(web::broadcast);
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      app.stop();
      throw new WebStartException(
          "The console's web server cannot listen on port "
              + port
              + ": "
              + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
              + ".",
          e);
    }
    return web;
  }

  /** The port actually bound (useful when started on port 0). */
  public int port() {
    return app.port();
  }

  private void broadcast(TerminalRecord terminal) {
    String data = text(terminal);
    for (SseClient client : clients) {
      try {
        client.sendEvent("terminal", data);
      } catch (RuntimeException e) {
        LOG.debug("Dropping an event stream that failed", e);
        clients.remove(client);
      }
    }
  }

  private static Map<String, Object> snapshot(List<TerminalRecord> terminals) {
    long online = terminals.stream().filter(TerminalRecord::online).count();
    return Map.of(
        "generatedAt",
        Instant.now(),
        "total",
        terminals.size(),
        "online",
        online,
        "terminals",
        terminals);
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType("application/json; charset=utf-8").result(FleetJson.write(value));
  }

  private static String text(Object value) {
    return new String(FleetJson.write(value), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    for (SseClient client : clients) {
      client.close();
    }
    app.stop();
  }
}
