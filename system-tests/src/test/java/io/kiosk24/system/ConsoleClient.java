package io.kiosk24.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.kiosk24.fleet.protocol.FleetJson;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reads the console's {@code /api/terminals} the way an operator's script would. */
final class ConsoleClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI terminals;

  ConsoleClient(int httpPort) {
    this.terminals = URI.create("http://127.0.0.1:" + httpPort + "/api/terminals");
  }

  /** The terminal's entry, or a missing node when the console has never heard of it. */
  JsonNode terminal(String id) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(terminals).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + terminals + " answered " + response.statusCode());
    }
    for (JsonNode terminal : FleetJson.mapper().readTree(response.body()).path("terminals")) {
      if (terminal.path("terminalId").asText().equals(id)) {
        return terminal;
      }
    }
    return MissingNode.getInstance();
  }

  boolean isOnline(String id) throws IOException, InterruptedException {
    return terminal(id).path("online").asBoolean(false);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
