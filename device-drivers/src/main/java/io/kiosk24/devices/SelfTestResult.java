package io.kiosk24.devices;

/** What a device's self-test found: its status afterwards and one sentence for the maintainer. */
public record SelfTestResult(String device, DeviceStatus status, String summary) {

  public boolean passed() {
    return status == DeviceStatus.ONLINE;
  }
}
