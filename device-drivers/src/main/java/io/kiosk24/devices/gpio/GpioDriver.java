package io.kiosk24.devices.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.linuxfs.provider.gpio.digital.LinuxFsDigitalInputProvider;
import com.pi4j.plugin.linuxfs.provider.gpio.digital.LinuxFsDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.provider.Provider;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Pi4J backend a configuration names in {@code device.gpio.driver}. Each builds a Pi4J {@link
 * Context} holding only its own digital input and output providers, with autodetection off: Pi4J
 * would otherwise pick whichever plugin on the classpath has the highest priority (the mock wins
 * when present), and the terminal must drive the hardware its configuration names.
 */
public enum GpioDriver {
  /** The kernel's sysfs GPIO interface ({@code /sys/class/gpio}); older kernels only. */
  PI4J_LINUXFS("pi4j-linuxfs"),
  /** The GPIO character device through libgpiod ({@code /dev/gpiochipN}); current kernels. */
  PI4J_GPIOD("pi4j-gpiod"),
  /** Pi4J's mock lines, in memory: demos and tests. Refused by the production profile. */
  MOCK("mock");

  private final String configName;

  GpioDriver(String configName) {
    this.configName = configName;
  }

  /** The value of {@code device.gpio.driver}. */
  public String configName() {
    return configName;
  }

  public static Optional<GpioDriver> fromConfigName(String name) {
    return Arrays.stream(values()).filter(d -> d.configName.equals(name)).findFirst();
  }

  static String choices() {
    return Arrays.stream(values()).map(GpioDriver::configName).collect(Collectors.joining(", "));
  }

  /** A new Pi4J context with this driver's providers and nothing else. */
  Context newContext() {
    return Pi4J.newContextBuilder().noAutoDetect().add(providers()).build();
  }

  private Provider<?, ?, ?>[] providers() {
    return switch (this) {
      case PI4J_LINUXFS ->
          new Provider<?, ?, ?>[] {
            LinuxFsDigitalInputProvider.newInstance(), LinuxFsDigitalOutputProvider.newInstance()
          };
      case PI4J_GPIOD ->
          new Provider<?, ?, ?>[] {
            GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance()
          };
      case MOCK ->
          new Provider<?, ?, ?>[] {
            MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()
          };
    };
  }
}
