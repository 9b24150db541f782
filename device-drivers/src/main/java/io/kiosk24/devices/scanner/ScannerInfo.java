package io.kiosk24.devices.scanner;

/** One scanner SANE can see, as {@code scanimage -L} lists it, such as {@code test:0}. */
public record ScannerInfo(String device, String vendor, String model, String type) {}
