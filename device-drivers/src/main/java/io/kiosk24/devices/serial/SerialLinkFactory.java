package io.kiosk24.devices.serial;

/**
 * Opens a fresh link to the same device, each time it is called. A driver holds one of these
 * instead of a link when it must reopen the port by path after the device vanished and came back.
 */
@FunctionalInterface
public interface SerialLinkFactory {

  SerialLink open() throws SerialLinkException;

  /** A factory that opens {@code path} with jSerialComm at {@code baud}, 8N1. */
  static SerialLinkFactory jSerialComm(String path, int baud) {
    return () -> JSerialCommLink.open(path, baud);
  }
}
