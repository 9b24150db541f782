package io.kiosk24.console.fleet;

import io.kiosk24.fleet.protocol.BrokerAddress;
import io.kiosk24.fleet.protocol.FleetJson;
import io.kiosk24.fleet.protocol.FleetTopics;
import io.kiosk24.fleet.protocol.NoDelaySocketFactory;
import io.kiosk24.fleet.protocol.PayloadException;
import io.kiosk24.fleet.protocol.TerminalHealth;
import io.kiosk24.fleet.protocol.TerminalState;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's MQTT connection: subscribes to every terminal's state and health and feeds them to
 * {@link FleetPresence}. On every (re)connect it subscribes afresh, so the retained state topics
 * rebuild presence after the console or the broker restarts.
 */
public final class FleetIngest implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FleetIngest.class);
  private static final int CONNECT_TIMEOUT_SECONDS = 5;

  private final MqttAsyncClient client;
  private final FleetPresence presence;
  private final BrokerAddress broker;

  private FleetIngest(MqttAsyncClient client, FleetPresence presence, BrokerAddress broker) {
    this.client = client;
    this.presence = presence;
    this.broker = broker;
  }

  /**
   * Connects to {@code broker} and starts feeding {@code presence}. Once connected, it reconnects
   * by itself whenever the connection drops.
   *
   * @throws BrokerUnreachableException when the first connection attempt fails
   */
  public static FleetIngest connect(BrokerAddress broker, FleetPresence presence)
      throws BrokerUnreachableException {
    MqttAsyncClient client;
    try {
      client =
          new MqttAsyncClient(
              broker.uri(), "kiosk24-console-" + UUID.randomUUID(), new MemoryPersistence());
    } catch (MqttException e) {
      throw new BrokerUnreachableException(
          "The broker address " + broker + " cannot be used: " + e.getMessage(), e);
    }
    FleetIngest ingest = new FleetIngest(client, presence, broker);
    client.setCallback(ingest.new Callback());
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setCleanStart(true);
    options.setAutomaticReconnect(true);
    options.setAutomaticReconnectDelay(1, 30);
    options.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS);
    options.setKeepAliveInterval(30);
    options.setSocketFactory(new NoDelaySocketFactory());
    options.setReceiveMaximum(1000);
    try {
      client.connect(options).waitForCompletion((CONNECT_TIMEOUT_SECONDS + 1) * 1000L);
    } catch (MqttException e) {
      ingest.close();
      throw new BrokerUnreachableException(
          "Cannot reach the MQTT broker at " + broker + ": " + describe(e) + ".", e);
    }
    return ingest;
  }

  public boolean isConnected() {
    return client.isConnected();
  }

  @Override
  public void close() {
    try {
      if (client.isConnected()) {
        client.disconnect().waitForCompletion(2000);
      }
      client.close(true);
    } catch (MqttException e) {
      LOG.debug("Closing the console's MQTT client", e);
    }
  }

  private static String describe(MqttException e) {
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null) {
      return cause.getMessage().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage() == null ? "error " + e.getReasonCode() : e.getMessage();
  }

  /** Runs on Paho's callback thread; must not block on a token. */
  private final class Callback implements MqttCallback {
    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
      if (reconnect) {
        LOG.info("Reconnected to the MQTT broker at {}", broker);
      }
      try {
        client.subscribe(
            new String[] {FleetTopics.STATE_FILTER, FleetTopics.HEALTH_FILTER}, new int[] {1, 0});
      } catch (MqttException e) {
        LOG.error("Cannot subscribe to the terminals' topics on {}: {}", broker, describe(e));
      }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
      LOG.warn(
          "Lost the MQTT broker at {}; presence is frozen until the console reconnects", broker);
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
      LOG.warn("MQTT error from {}: {}", broker, describe(exception));
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
      Optional<FleetTopics.Parsed> parsed = FleetTopics.parse(topic);
      if (parsed.isEmpty() || message.getPayload().length == 0) {
        return;
      }
      String terminalId = parsed.get().terminalId();
      try {
        switch (parsed.get().kind()) {
          case STATE -> {
            TerminalState state = FleetJson.read(message.getPayload(), TerminalState.class);
            if (state.terminalId().equals(terminalId)) {
              presence.onState(state);
            } else {
              LOG.warn("Ignoring a state on {} that names another terminal", topic);
            }
          }
          case HEALTH -> {
            TerminalHealth health = FleetJson.read(message.getPayload(), TerminalHealth.class);
            if (health.terminalId().equals(terminalId)) {
              presence.onHealth(health);
            } else {
              LOG.warn("Ignoring health on {} that names another terminal", topic);
            }
          }
        }
      } catch (PayloadException e) {
        LOG.warn("Ignoring a malformed message on {}: {}", topic, e.getMessage());
      }
    }

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
  }
}
