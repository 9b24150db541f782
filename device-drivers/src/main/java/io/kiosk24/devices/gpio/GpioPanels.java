package io.kiosk24.devices.gpio;

import com.pi4j.context.Context;
import io.kiosk24.devices.config.DeviceConfig;
import io.kiosk24.devices.config.DeviceConfigException;
import io.kiosk24.devices.config.DeviceSettings;

/**
 * Makes the GPIO panel a configuration names ({@code device.gpio.*}): driver {@code pi4j-gpiod},
 * {@code pi4j-linuxfs} or {@code mock}; keys {@code door-pin}, {@code tamper-pin}, {@code
 * presence-pin}, {@code idcard-light-pin}, {@code printer-light-pin}, {@code scanner-light-pin}
 * (BCM numbers), {@code active-low} (door and tamper switches, default true), {@code
 * presence-active-low} (default false), {@code light-active-low} (default false), {@code
 * debounce-ms} (default 50), {@code blink-ms} (default 1000).
 */
public final class GpioPanels {

  /** The role of the panel in {@code device.ROLE.*} keys. */
  public static final String ROLE = "gpio";

  private GpioPanels() {}

  /** Opens the panel of role {@code gpio} in {@code config}. */
  public static GpioPanel open(DeviceConfig config) throws DeviceConfigException, GpioException {
    return open(config.require(ROLE));
  }

  /**
   * Builds a Pi4J context with the configured driver's providers only, provisions every configured
   * line and returns the panel, its timer on a daemon thread.
   *
   * @throws DeviceConfigException for a wrong key or value
   * @throws GpioException when the driver cannot run here or a line cannot be provisioned
   */
  public static GpioPanel open(DeviceSettings settings)
      throws DeviceConfigException, GpioException {
    GpioConfig config = GpioConfig.from(settings);
    return open(config, GpioTimer.singleThread("kiosk24-" + settings.role()));
  }

  /**
   * Like {@link #open(DeviceSettings)}, with a timer of the caller's (tests advance it by hand).
   */
  public static GpioPanel open(GpioConfig config, GpioTimer timer) throws GpioException {
    Context context;
    try {
      context = config.driver().newContext();
    } catch (RuntimeException | LinkageError e) {
      timer.close();
      throw new GpioException(
          "GPIO driver "
              + config.driver().configName()
              + " cannot start on this machine: "
              + GpioPanel.describe(e),
          e);
    }
    return new GpioPanel(config, context, timer);
  }
}
