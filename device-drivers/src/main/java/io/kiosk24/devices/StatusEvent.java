package io.kiosk24.devices;

import java.time.Instant;

/** A device went from one status to another. {@code detail} is for a maintainer, never personal. */
public record StatusEvent(
    String device, DeviceStatus previous, DeviceStatus current, String detail, Instant at) {}
