package io.kiosk24.devices.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import io.kiosk24.devices.Device;
import io.kiosk24.devices.DeviceStatus;
import io.kiosk24.devices.DeviceStatusListener;
import io.kiosk24.devices.SelfTestResult;
import io.kiosk24.devices.StatusTracker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's sensors (door, tamper loop, presence detector) and guidance lights on GPIO lines,
 * through Pi4J. Sensor changes are debounced: a line must hold its level for {@code debounce}
 * before a {@link SensorEvent} goes out, so contact bounce and a PIR's flicker give one event.
 *
 * <p>Status: an open tamper loop is {@code FRAUD_ATTEMPT}; otherwise an open cabinet door is {@code
 * USER_ERROR} (a person is in the way of normal operation, as XFS puts it); otherwise {@code
 * ONLINE}. Each change is a status event, so the fleet hears of a door opened at night.
 *
 * <p>Threads: sensor and status listeners run on the panel's {@link GpioTimer} thread; so do the
 * blink toggles. The light methods may be called from any thread.
 */
public final class GpioPanel implements Device {

  private static final Logger LOG = LoggerFactory.getLogger(GpioPanel.class);

  private final GpioConfig config;
  private final Context context;
  private final GpioTimer timer;
  private final StatusTracker tracker;
  private final Map<Sensor, InputLine> inputs = new EnumMap<>(Sensor.class);
  private final Map<Light, OutputLine> lights = new EnumMap<>(Light.class);
  private final List<SensorListener> sensorListeners = new CopyOnWriteArrayList<>();
  private final Object lock = new Object();
  private boolean closed;

  private static final class InputLine {
    final Sensor sensor;
    final int pin;
    final DigitalInput io;
    SensorState state;
    GpioTimer.Task pending;

    InputLine(Sensor sensor, int pin, DigitalInput io) {
      this.sensor = sensor;
      this.pin = pin;
      this.io = io;
    }
  }

  private static final class OutputLine {
    final Light light;
    final int pin;
    final DigitalOutput io;
    LightMode mode = LightMode.OFF;
    Duration period;
    boolean lit;
    GpioTimer.Task blink;

    OutputLine(Light light, int pin, DigitalOutput io) {
      this.light = light;
      this.pin = pin;
      this.io = io;
    }
  }

  /**
   * Provisions every configured line on {@code context}. The panel owns the context and the timer
   * from here on and shuts both down on {@link #close()}.
   *
   * @throws GpioException when a line cannot be provisioned; the context is shut down then
   */
  GpioPanel(GpioConfig config, Context context, GpioTimer timer) throws GpioException {
    this.config = config;
    this.context = context;
    this.timer = timer;
    String current = "";
    try {
      for (Map.Entry<Sensor, Integer> entry : config.sensors().entrySet()) {
        Sensor sensor = entry.getKey();
        current = sensor.key() + " on BCM " + entry.getValue();
        inputs.put(sensor, provisionInput(sensor, entry.getValue()));
      }
      for (Map.Entry<Light, Integer> entry : config.lights().entrySet()) {
        current = entry.getKey().key() + " on BCM " + entry.getValue();
        DigitalOutput io =
            context.create(
                DigitalOutput.newConfigBuilder(context)
                    .id(entry.getKey().key())
                    .name(entry.getKey().key())
                    .address(entry.getValue())
                    .initial(level(false, config.lightsActiveLow()))
                    .shutdown(level(false, config.lightsActiveLow())));
        lights.put(entry.getKey(), new OutputLine(entry.getKey(), entry.getValue(), io));
      }
    } catch (RuntimeException | LinkageError e) {
      shutdownQuietly(context);
      timer.close();
      throw new GpioException(
          "GPIO line "
              + current
              + " cannot be provisioned with driver "
              + config.driver().configName()
              + ": "
              + describe(e),
          e);
    }
    Assessment initial = assess();
    this.tracker = new StatusTracker(config.role(), initial.status());
    for (InputLine line : inputs.values()) {
      line.io.addListener(event -> lineChanged(line));
    }
  }

  private InputLine provisionInput(Sensor sensor, int pin) {
    boolean activeLow = config.activeLow(sensor);
    DigitalInput io =
        context.create(
            DigitalInput.newConfigBuilder(context)
                .id(sensor.key())
                .name(sensor.key())
                .address(pin)
                .pull(activeLow ? PullResistance.PULL_UP : PullResistance.PULL_DOWN));
    if (io instanceof MockDigitalInput mock) {
      // The mock's lines start at no level at all; a demo terminal starts closed, untampered,
      // with nobody in front of it.
      mock.mockState(level(sensor.quiet() == sensor.stateFor(true), activeLow));
    }
    InputLine line = new InputLine(sensor, pin, io);
    line.state = read(line);
    return line;
  }

  @Override
  public String name() {
    return config.role();
  }

  /** The configuration this panel runs. */
  public GpioConfig config() {
    return config;
  }

  @Override
  public DeviceStatus status() {
    return tracker.current();
  }

  /** The debounced state of {@code sensor}; empty when it has no line. */
  public Optional<SensorState> sensorState(Sensor sensor) {
    synchronized (lock) {
      InputLine line = inputs.get(sensor);
      return line == null ? Optional.empty() : Optional.of(line.state);
    }
  }

  /** Whether {@code light} has a line; the light methods do nothing for a light without one. */
  public boolean hasLight(Light light) {
    return lights.containsKey(light);
  }

  /** What {@code light} is doing; {@code OFF} for a light without a line. */
  public LightMode lightMode(Light light) {
    synchronized (lock) {
      OutputLine line = lights.get(light);
      return line == null ? LightMode.OFF : line.mode;
    }
  }

  /** Lights {@code light} steadily. */
  public void on(Light light) {
    setMode(light, LightMode.ON, null);
  }

  /** Puts {@code light} out. */
  public void off(Light light) {
    setMode(light, LightMode.OFF, null);
  }

  /** Blinks {@code light} with the configured period. */
  public void blink(Light light) {
    blink(light, config.blinkPeriod());
  }

  /**
   * Blinks {@code light}: on for half of {@code period}, off for the other half, starting on.
   *
   * @throws IllegalArgumentException for a period shorter than 2 ms
   */
  public void blink(Light light, Duration period) {
    if (period.toMillis() < 2) {
      throw new IllegalArgumentException("A blink period must be at least 2 ms, not " + period);
    }
    setMode(light, LightMode.BLINKING, period);
  }

  private void setMode(Light light, LightMode mode, Duration period) {
    synchronized (lock) {
      OutputLine line = lights.get(light);
      if (line == null || closed) {
        return;
      }
      if (line.blink != null) {
        line.blink.cancel();
        line.blink = null;
      }
      line.mode = mode;
      line.period = period;
      write(line, mode != LightMode.OFF);
      if (mode == LightMode.BLINKING) {
        line.blink = timer.every(() -> toggle(line), period.dividedBy(2));
      }
    }
  }

  private void toggle(OutputLine line) {
    synchronized (lock) {
      if (line.mode == LightMode.BLINKING && !closed) {
        write(line, !line.lit);
      }
    }
  }

  /** Sets the line; a line that refuses is logged and reported as a hardware error. */
  private boolean write(OutputLine line, boolean lit) {
    try {
      line.io.state(level(lit, config.lightsActiveLow()));
      line.lit = lit;
      return true;
    } catch (RuntimeException e) {
      String detail =
          "the " + line.light.key() + " line on BCM " + line.pin + " cannot be set: " + describe(e);
      LOG.warn("{}: {}", config.role(), detail);
      timer.schedule(() -> tracker.moveTo(DeviceStatus.HARDWARE_ERROR, detail), Duration.ZERO);
      return false;
    }
  }

  /** Whether the light's line is at its "lit" level now, as Pi4J last set it. */
  boolean lit(Light light) {
    synchronized (lock) {
      OutputLine line = lights.get(light);
      return line != null && line.io.state() == level(true, config.lightsActiveLow());
    }
  }

  /** Called by the provider on its own thread (the caller's, for the mock) on any raw edge. */
  private void lineChanged(InputLine line) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      if (line.pending != null) {
        line.pending.cancel();
      }
      line.pending = timer.schedule(() -> settle(line), config.debounce());
    }
  }

  private void settle(InputLine line) {
    SensorEvent event;
    Assessment assessment;
    synchronized (lock) {
      line.pending = null;
      if (closed) {
        return;
      }
      SensorState now = read(line);
      if (now == line.state) {
        return;
      }
      line.state = now;
      event = new SensorEvent(line.sensor, now, timer.now());
      assessment = assess();
    }
    LOG.info("{}: {} {} (BCM {})", config.role(), line.sensor.key(), event.state(), line.pin);
    for (SensorListener listener : sensorListeners) {
      try {
        listener.sensorChanged(event);
      } catch (RuntimeException e) {
        LOG.warn("{}: a sensor listener failed", config.role(), e);
      }
    }
    tracker.moveTo(assessment.status(), assessment.detail());
  }

  private SensorState read(InputLine line) {
    DigitalState level = line.io.state();
    boolean activeLow = config.activeLow(line.sensor);
    boolean asserted = activeLow ? level == DigitalState.LOW : level == DigitalState.HIGH;
    return line.sensor.stateFor(asserted);
  }

  private record Assessment(DeviceStatus status, String detail) {}

  private Assessment assess() {
    InputLine tamper = inputs.get(Sensor.TAMPER);
    if (tamper != null && tamper.state == SensorState.TRIGGERED) {
      return new Assessment(DeviceStatus.FRAUD_ATTEMPT, "tamper loop open on BCM " + tamper.pin);
    }
    InputLine door = inputs.get(Sensor.DOOR);
    if (door != null && door.state == SensorState.OPEN) {
      return new Assessment(DeviceStatus.USER_ERROR, "cabinet door open on BCM " + door.pin);
    }
    return new Assessment(DeviceStatus.ONLINE, "sensors quiet");
  }

  /**
   * Checks that every configured line is provisioned and reads a level, and switches each light on
   * and off (then back to what it was doing). Passes unless a line is missing or stuck, or the
   * tamper loop is open; an open door is named in the sentence but does not fail the test, since a
   * maintainer runs it with the door open.
   */
  @Override
  public SelfTestResult selfTest() {
    List<String> problems = new ArrayList<>();
    List<String> readings = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        return new SelfTestResult(name(), DeviceStatus.OFFLINE, "The GPIO panel is closed.");
      }
      for (InputLine line : inputs.values()) {
        if (!context.registry().exists(line.sensor.key())) {
          problems.add(line.sensor.key() + " on BCM " + line.pin + " is not provisioned");
        } else if (line.io.state() == DigitalState.UNKNOWN) {
          problems.add(line.sensor.key() + " on BCM " + line.pin + " reads no level");
        } else {
          readings.add(line.sensor.key() + " " + read(line) + " (BCM " + line.pin + ")");
        }
      }
      List<String> toggled = new ArrayList<>();
      for (OutputLine line : lights.values()) {
        if (!context.registry().exists(line.light.key())) {
          problems.add(line.light.key() + " on BCM " + line.pin + " is not provisioned");
          continue;
        }
        boolean ok = write(line, true) && lit(line.light) && write(line, false) && !lit(line.light);
        if (ok) {
          toggled.add(line.light.key());
        } else {
          problems.add(line.light.key() + " on BCM " + line.pin + " does not follow when switched");
        }
        if (line.mode != LightMode.OFF) {
          write(line, true);
        }
      }
      if (!toggled.isEmpty()) {
        readings.add(
            toggled.size() + " light(s) switched on and off (" + String.join(", ", toggled) + ")");
      }
    }
    String driver = "GPIO (" + config.driver().configName() + ")";
    if (!problems.isEmpty()) {
      return new SelfTestResult(
          name(), DeviceStatus.HARDWARE_ERROR, driver + ": " + String.join("; ", problems) + ".");
    }
    Optional<SensorState> tamper = sensorState(Sensor.TAMPER);
    if (tamper.isPresent() && tamper.get() == SensorState.TRIGGERED) {
      return new SelfTestResult(
          name(),
          DeviceStatus.FRAUD_ATTEMPT,
          driver
              + ": the tamper loop on BCM "
              + config.sensors().get(Sensor.TAMPER)
              + " is open; close the cabinet and check the loop's wiring.");
    }
    return new SelfTestResult(
        name(), DeviceStatus.ONLINE, driver + ": " + String.join(", ", readings) + ".");
  }

  @Override
  public void addStatusListener(DeviceStatusListener listener) {
    tracker.add(listener);
  }

  @Override
  public void removeStatusListener(DeviceStatusListener listener) {
    tracker.remove(listener);
  }

  public void addSensorListener(SensorListener listener) {
    sensorListeners.add(listener);
  }

  public void removeSensorListener(SensorListener listener) {
    sensorListeners.remove(listener);
  }

  /**
   * The sensor lines to steer by hand, when this panel runs Pi4J's mock driver; empty on real
   * hardware.
   */
  public Optional<MockInputs> mockInputs() {
    return config.driver() == GpioDriver.MOCK
        ? Optional.of(new MockInputs(this))
        : Optional.empty();
  }

  /** Puts the mock line of {@code sensor} at the level that reads {@code state}. */
  void mockSensor(Sensor sensor, SensorState state) {
    InputLine line;
    synchronized (lock) {
      line = inputs.get(sensor);
      if (line == null || closed || !(line.io instanceof MockDigitalInput)) {
        return;
      }
    }
    // Outside the lock: the mock calls the line's listener on this thread, which takes the lock.
    ((MockDigitalInput) line.io)
        .mockState(level(sensor.stateFor(true) == state, config.activeLow(sensor)));
  }

  /** The Pi4J context, for tests that reach the mock lines. */
  Context context() {
    return context;
  }

  /** Puts the lights out, stops the timer and releases the lines. */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      for (OutputLine line : lights.values()) {
        if (line.blink != null) {
          line.blink.cancel();
        }
        write(line, false);
        line.mode = LightMode.OFF;
      }
      for (InputLine line : inputs.values()) {
        if (line.pending != null) {
          line.pending.cancel();
        }
      }
      closed = true;
    }
    timer.close();
    shutdownQuietly(context);
    tracker.moveTo(DeviceStatus.OFFLINE, "closed");
  }

  private static DigitalState level(boolean asserted, boolean activeLow) {
    return asserted != activeLow ? DigitalState.HIGH : DigitalState.LOW;
  }

  static String describe(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.endsWith(".") ? message : message + ".";
  }

  private static void shutdownQuietly(Context context) {
    try {
      context.shutdown();
    } catch (RuntimeException e) {
      LOG.warn("Pi4J context did not shut down cleanly: {}", e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "GpioPanel["
        + config.driver().configName()
        + ", "
        + config.sensors().entrySet().stream()
            .map(e -> e.getKey().key() + "=" + e.getValue())
            .collect(Collectors.joining(", "))
        + "]";
  }
}
