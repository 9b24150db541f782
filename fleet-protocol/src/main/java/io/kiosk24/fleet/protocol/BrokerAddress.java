package io.kiosk24.fleet.protocol;

import java.net.URI;
import java.net.URISyntaxException;

/** A broker address as given on a command line: {@code tcp://HOST:PORT}. */
public record BrokerAddress(String host, int port) {

  public BrokerAddress {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("A broker address needs a host.");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("Broker port " + port + " is not between 1 and 65535.");
    }
  }

  /** Parses {@code tcp://HOST:PORT} (port 1883 when left out), or says in one sentence why not. */
  public static BrokerAddress parse(String text) {
    String example = " Give it as tcp://HOST:PORT, for example tcp://127.0.0.1:1883.";
    try {
      URI uri = new URI(text == null ? "" : text.trim());
      if (!"tcp".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException("'" + text + "' is not a broker address." + example);
      }
      return new BrokerAddress(uri.getHost(), uri.getPort() == -1 ? 1883 : uri.getPort());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + text + "' is not a broker address." + example, e);
    }
  }

  /** The URI Paho takes. */
  public String uri() {
    return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  @Override
  public String toString() {
    return uri();
  }
}
