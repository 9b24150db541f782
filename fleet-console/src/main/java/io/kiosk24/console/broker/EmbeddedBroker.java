package io.kiosk24.console.broker;

import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MQTT broker the console runs in its own process by default: HiveMQ Community Edition,
 * listening on real TCP so terminals on the network reach it.
 */
public final class EmbeddedBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

  private final EmbeddedHiveMQ hivemq;
  private final String bindAddress;
  private final int port;

  private EmbeddedBroker(EmbeddedHiveMQ hivemq, String bindAddress, int port) {
    this.hivemq = hivemq;
    this.bindAddress = bindAddress;
    this.port = port;
  }

  /**
   * Starts a broker on {@code bindAddress:port}, keeping its files under {@code folder}. Blocks
   * until it accepts connections.
   *
   * @throws BrokerStartException with one sentence saying why it could not start
   */
  public static EmbeddedBroker start(Path folder, String bindAddress, int port)
      throws BrokerStartException {
    Path config = folder.resolve("conf");
    Path data = folder.resolve("data");
    Path extensions = folder.resolve("extensions");
    try {
      Files.createDirectories(config);
      Files.createDirectories(data);
      Files.createDirectories(extensions);
      Files.writeString(
          config.resolve("config.xml"), configXml(bindAddress, port), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BrokerStartException(
          "Cannot prepare the broker's folder " + folder + ": " + e.getMessage(), e);
    }
    EmbeddedHiveMQ hivemq =
        EmbeddedHiveMQ.builder()
            .withConfigurationFolder(config)
            .withDataFolder(data)
            .withExtensionsFolder(extensions)
            .withoutLoggingBootstrap()
            .build();
    try {
      hivemq.start().join();
    } catch (CompletionException e) {
      closeQuietly(hivemq);
      throw new BrokerStartException(
          "The embedded MQTT broker could not start on port " + port + ": " + rootMessage(e), e);
    }
    LOG.info("Embedded MQTT broker listening on {}:{}", bindAddress, port);
    return new EmbeddedBroker(hivemq, bindAddress, port);
  }

  public int port() {
    return port;
  }

  /** The address a client on this machine uses to reach the broker. */
  public String localUri() {
    String host = "0.0.0.0".equals(bindAddress) ? "127.0.0.1" : bindAddress;
    return "tcp://" + host + ":" + port;
  }

  @Override
  public void close() {
    try {
      hivemq.stop().join();
    } catch (CompletionException e) {
      LOG.warn("The embedded broker did not stop cleanly: {}", rootMessage(e));
    }
    closeQuietly(hivemq);
  }

  private static void closeQuietly(EmbeddedHiveMQ hivemq) {
    try {
      hivemq.close();
    } catch (ExecutionException | RuntimeException e) {
      LOG.debug("Closing the embedded broker", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  /**
   * Persistence is in memory: the console keeps terminal state in its own database, and terminals
   * publish their retained birth again whenever they reconnect to a restarted broker.
   */
  private static String configXml(String bindAddress, int port) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <hivemq>
          <listeners>
            <tcp-listener>
              <port>%d</port>
              <bind-address>%s</bind-address>
            </tcp-listener>
          </listeners>
          <persistence>
            <mode>in-memory</mode>
          </persistence>
          <anonymous-usage-statistics>
            <enabled>false</enabled>
          </anonymous-usage-statistics>
        </hivemq>
        """
        .formatted(port, bindAddress);
  }
}
