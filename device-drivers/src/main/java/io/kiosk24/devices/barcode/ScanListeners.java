package io.kiosk24.devices.barcode;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of one scanner; logs each result without its text, and survives a bad listener. */
final class ScanListeners {

  private static final Logger LOG = LoggerFactory.getLogger(ScanListeners.class);

  private final String device;
  private final List<ScanListener> listeners = new CopyOnWriteArrayList<>();

  ScanListeners(String device) {
    this.device = device;
  }

  void add(ScanListener listener) {
    listeners.add(listener);
  }

  void remove(ScanListener listener) {
    listeners.remove(listener);
  }

  void deliver(ScanResult result) {
    if (result instanceof ScanResult.Rejected rejected) {
      LOG.info("{}: rejected a scan ({}): {}", device, rejected.reason(), rejected.detail());
    } else {
      // Decoded.toString() carries symbology and length, never the text.
      LOG.debug("{}: {}", device, result);
    }
    for (ScanListener listener : listeners) {
      try {
        listener.scanned(result);
      } catch (RuntimeException e) {
        LOG.warn("{}: a scan listener failed with {}", device, e.getClass().getName());
      }
    }
  }
}
