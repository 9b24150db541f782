package io.kiosk24.kiosk.config;

import io.kiosk24.fleet.protocol.BrokerAddress;
import io.kiosk24.fleet.protocol.FleetTopics;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * A terminal's configuration: a properties file (see docs/configuration.md), with command-line
 * options taking precedence. Device keys ({@code device.*}) are passed through to the device layer.
 */
public final class TerminalConfig {
  public static final String TERMINAL_ID = "terminal.id";
  public static final String TERMINAL_NAME = "terminal.name";
  public static final String BROKER = "fleet.broker";
  public static final String KEEPALIVE = "fleet.keepalive-seconds";
  public static final String HEALTH_INTERVAL = "fleet.health-interval-seconds";

  private final Properties properties;

  private TerminalConfig(Properties properties) {
    this.properties = properties;
  }

  /** The built-in defaults: a demo terminal with emulated devices and a broker on this machine. */
  public static TerminalConfig defaults() {
    return new TerminalConfig(new Properties());
  }

  /**
   * Reads {@code file} (UTF-8 properties).
   *
   * @throws ConfigException with one sentence when the file is missing or unreadable
   */
  public static TerminalConfig load(Path file) throws ConfigException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      throw new ConfigException("The configuration file " + file + " does not exist.", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(
          "The configuration file " + file + " cannot be read: " + e.getMessage(), e);
    }
    return new TerminalConfig(properties);
  }

  /** Sets {@code key} when {@code value} is not null (a command-line option given). */
  public TerminalConfig with(String key, Object value) {
    if (value != null) {
      properties.setProperty(key, value.toString());
    }
    return this;
  }

  public String terminalId() throws ConfigException {
    String id = properties.getProperty(TERMINAL_ID, defaultTerminalId());
    if (!FleetTopics.isValidTerminalId(id)) {
      throw new ConfigException(
          "Terminal id '"
              + id
              + "' is not valid: use 1 to 64 letters, digits, '.', '-' or '_', starting with a"
              + " letter or digit.",
          null);
    }
    return id;
  }

  public String terminalName() {
    return properties.getProperty(TERMINAL_NAME, "Kiosk24 政务服务自助终端");
  }

  public BrokerAddress broker() throws ConfigException {
    try {
      return BrokerAddress.parse(properties.getProperty(BROKER, "tcp://127.0.0.1:1883"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  public int keepAliveSeconds() throws ConfigException {
    return positiveInt(KEEPALIVE, 10);
  }

  public int healthIntervalSeconds() throws ConfigException {
    return positiveInt(HEALTH_INTERVAL, 10);
  }

  /** Every key, for the device layer to pick its {@code device.*} settings from. */
  public Properties properties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  private int positiveInt(String key, int fallback) throws ConfigException {
    String text = properties.getProperty(key);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(
        key + " must be a whole number of seconds, 1 or more, not '" + text + "'.", null);
  }

  private static String defaultTerminalId() {
    try {
      String host = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
      String id = "kiosk-" + host.replaceAll("[^a-z0-9._-]", "-");
      return id.length() > 64 ? id.substring(0, 64) : id;
    } catch (UnknownHostException e) {
      return "kiosk-unnamed";
    }
  }
}
