package io.kiosk24.kiosk.fleet;

import io.kiosk24.fleet.protocol.BrokerAddress;
import io.kiosk24.fleet.protocol.FleetJson;
import io.kiosk24.fleet.protocol.FleetTopics;
import io.kiosk24.fleet.protocol.NoDelaySocketFactory;
import io.kiosk24.fleet.protocol.TerminalHealth;
import io.kiosk24.fleet.protocol.TerminalState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
 * The terminal's link to the fleet: a retained birth on every connect, a retained Last Will that
 * marks the terminal offline if the connection dies, and periodic health.
 *
 * <p>The broker is never a reason to stop serving citizens: when it cannot be reached the agent
 * says so once in the log and keeps retrying with exponential backoff (1 s doubling to 60 s, with
 * jitter) on its own scheduler thread.
 */
public final class FleetAgent implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FleetAgent.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration MAX_RETRY = Duration.ofSeconds(60);
  private static final long CONNECT_TIMEOUT_MILLIS = 5_000;

  /** What the agent needs to know about the terminal it speaks for. */
  public record Settings(
      String terminalId,
      BrokerAddress broker,
      int keepAliveSeconds,
      int healthIntervalSeconds,
      String mode,
      String softwareVersion) {
    public Settings {
      FleetTopics.requireValidTerminalId(terminalId);
      if (keepAliveSeconds < 1 || healthIntervalSeconds < 1) {
        throw new IllegalArgumentException(
            "The keepalive and the health interval must be at least one second.");
      }
    }
  }

  private final Settings settings;
  private final HealthProbe probe;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final long session;
  private final Instant started;
  private final MqttAsyncClient client;

  private Duration nextRetry = FIRST_RETRY;
  private boolean outageReported;
  private boolean closed;
  private ScheduledFuture<?> healthTask;

  /**
   * @param scheduler runs connection attempts and health; a single thread is enough
   */
  public FleetAgent(
      Settings settings, HealthProbe probe, ScheduledExecutorService scheduler, Clock clock) {
    this.settings = settings;
    this.probe = probe;
    this.scheduler = scheduler;
    this.clock = clock;
    this.started = clock.instant();
    this.session = started.toEpochMilli();
    try {
      this.client =
          new MqttAsyncClient(
              settings.broker().uri(), "kiosk24-" + settings.terminalId(), new MemoryPersistence());
    } catch (MqttException e) {
      throw new IllegalArgumentException(
          "The broker address " + settings.broker() + " cannot be used: " + e.getMessage(), e);
    }
    client.setCallback(new Callback());
  }

  /** Starts connecting in the background and returns at once. */
  public void start() {
    scheduler.execute(this::attemptConnect);
    healthTask =
        scheduler.scheduleAtFixedRate(
            this::publishHealth,
            settings.healthIntervalSeconds(),
            settings.healthIntervalSeconds(),
            TimeUnit.SECONDS);
  }

  /** Sends a health report now, off the caller's thread; for device status changes. */
  public void reportHealthNow() {
    try {
      scheduler.execute(this::publishHealth);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      LOG.debug("Health not sent: the agent is stopping");
    }
  }

  /** The session number carried by this agent's birth, Will and health. */
  public long session() {
    return session;
  }

  public boolean isConnected() {
    return client.isConnected();
  }

  /** Says goodbye (a retained offline state, so the console knows it was on purpose) and stops. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    if (healthTask != null) {
      healthTask.cancel(false);
    }
    try {
      if (client.isConnected()) {
        client
            .publish(
                FleetTopics.state(settings.terminalId()),
                stateMessage(false, TerminalState.SHUT_DOWN))
            .waitForCompletion(2_000);
        client.disconnect().waitForCompletion(2_000);
      }
      client.close(true);
    } catch (MqttException e) {
      LOG.debug("Closing the fleet connection", e);
    }
  }

  private void attemptConnect() {
    synchronized (this) {
      if (closed || client.isConnected()) {
        return;
      }
    }
    try {
      client.connect(connectionOptions()).waitForCompletion(CONNECT_TIMEOUT_MILLIS);
    } catch (MqttException e) {
      reportOutage(describe(e));
      scheduleRetry();
      return;
    }
    LOG.info("Connected to the fleet broker at {}", settings.broker());
    synchronized (this) {
      outageReported = false;
      nextRetry = FIRST_RETRY;
    }
    try {
      client.publish(FleetTopics.state(settings.terminalId()), stateMessage(true, ""));
    } catch (MqttException e) {
      LOG.warn("Could not announce the terminal to the fleet: {}", describe(e));
    }
    publishHealth();
  }

  private synchronized void reportOutage(String why) {
    if (!outageReported) {
      LOG.warn(
          "Fleet broker {} is unreachable ({}); the terminal keeps serving citizens and retries in"
              + " the background.",
          settings.broker(),
          why);
      outageReported = true;
    }
  }

  private synchronized void scheduleRetry() {
    if (closed) {
      return;
    }
    long jitter = ThreadLocalRandom.current().nextLong(nextRetry.toMillis() / 4 + 1);
    scheduler.schedule(this::attemptConnect, nextRetry.toMillis() + jitter, TimeUnit.MILLISECONDS);
    nextRetry =
        nextRetry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : nextRetry.multipliedBy(2);
  }

  private void publishHealth() {
    if (!client.isConnected()) {
      return;
    }
    Instant now = clock.instant();
    TerminalHealth health =
        new TerminalHealth(
            settings.terminalId(),
            session,
            now,
            Duration.between(started, now).toSeconds(),
            probe.citizenSessionActive(),
            Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory(),
            probe.deviceStatuses());
    MqttMessage message = new MqttMessage(FleetJson.write(health), 0, false, null);
    try {
      client.publish(FleetTopics.health(settings.terminalId()), message);
    } catch (MqttException e) {
      LOG.debug("Health not sent: {}", describe(e));
    } catch (RuntimeException e) {
      LOG.warn("Health not sent: {}", e.getMessage());
    }
  }

  private MqttConnectionOptions connectionOptions() {
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setCleanStart(true);
    options.setAutomaticReconnect(false);
    options.setKeepAliveInterval(settings.keepAliveSeconds());
    options.setConnectionTimeout((int) (CONNECT_TIMEOUT_MILLIS / 1000));
    options.setSocketFactory(new NoDelaySocketFactory());
    options.setWill(
        FleetTopics.state(settings.terminalId()),
        stateMessage(false, TerminalState.CONNECTION_LOST));
    return options;
  }

  private MqttMessage stateMessage(boolean online, String offlineReason) {
    TerminalState state =
        new TerminalState(
            settings.terminalId(),
            online,
            session,
            clock.instant(),
            settings.softwareVersion(),
            settings.mode(),
            settings.healthIntervalSeconds(),
            offlineReason);
    return new MqttMessage(FleetJson.write(state), 1, true, null);
  }

  private static String describe(MqttException e) {
    Throwable cause = e.getCause();
    String text =
        cause != null && cause.getMessage() != null
            ? cause.getMessage()
            : e.getMessage() != null ? e.getMessage() : "MQTT reason code " + e.getReasonCode();
    return text.toLowerCase(Locale.ROOT);
  }

  /** Runs on Paho's callback thread: hands work to the scheduler, never blocks. */
  private final class Callback implements MqttCallback {
    @Override
    public void disconnected(MqttDisconnectResponse response) {
      synchronized (FleetAgent.this) {
        if (closed) {
          return;
        }
      }
      reportOutage("connection lost");
      scheduleRetry();
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
      LOG.debug("MQTT error: {}", describe(exception));
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {}

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
  }
}
