package io.kiosk24.kiosk.config;

import io.kiosk24.devices.barcode.BarcodeScanner;
import io.kiosk24.devices.barcode.ScanResult;
import io.kiosk24.devices.gpio.GpioPanel;
import io.kiosk24.devices.gpio.SensorEvent;
import io.kiosk24.devices.smartcard.CardEvent;
import io.kiosk24.devices.smartcard.SmartCardReader;
import io.kiosk24.kiosk.core.CabinetEvent;
import io.kiosk24.kiosk.core.Cancellable;
import io.kiosk24.kiosk.core.DeviceInputListener;
import io.kiosk24.kiosk.core.DeviceInputs;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's {@link DeviceInputs} over the barcode scanner, the smart card reader and the GPIO
 * panel. It passes on that something happened, never what: a scanned code's text and a card's
 * answer to reset stop here and are neither kept nor logged.
 */
final class TerminalInputs implements DeviceInputs {
  private static final Logger LOG = LoggerFactory.getLogger(TerminalInputs.class);

  private final List<DeviceInputListener> listeners = new CopyOnWriteArrayList<>();

  TerminalInputs(
      Optional<BarcodeScanner> scanner,
      Optional<SmartCardReader> smartCards,
      Optional<GpioPanel> gpio) {
    scanner.ifPresent(s -> s.addScanListener(this::scanned));
    smartCards.ifPresent(r -> r.addCardListener(this::card));
    gpio.ifPresent(p -> p.addSensorListener(this::sensor));
  }

  @Override
  public Cancellable addListener(DeviceInputListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** On the scanner's reader thread. */
  private void scanned(ScanResult result) {
    if (result instanceof ScanResult.Decoded) {
      forEach(DeviceInputListener::codeScanned);
    }
  }

  /** On the smart card reader's watcher thread. */
  private void card(CardEvent event) {
    if (event.type() == CardEvent.Type.INSERTED) {
      forEach(DeviceInputListener::smartCardInserted);
    }
  }

  /** On the GPIO panel's timer thread. */
  private void sensor(SensorEvent event) {
    cabinetEvent(event).ifPresent(cabinet -> forEach(l -> l.cabinetChanged(cabinet)));
  }

  static Optional<CabinetEvent> cabinetEvent(SensorEvent event) {
    return switch (event.sensor()) {
      case DOOR ->
          Optional.of(
              switch (event.state()) {
                case OPEN -> CabinetEvent.DOOR_OPENED;
                default -> CabinetEvent.DOOR_CLOSED;
              });
      case TAMPER ->
          Optional.of(
              switch (event.state()) {
                case TRIGGERED -> CabinetEvent.TAMPER_TRIGGERED;
                default -> CabinetEvent.TAMPER_CLEARED;
              });
      case PRESENCE -> Optional.empty();
    };
  }

  private void forEach(java.util.function.Consumer<DeviceInputListener> call) {
    for (DeviceInputListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        LOG.warn("A device input listener failed", e);
      }
    }
  }
}
