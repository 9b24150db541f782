package io.kiosk24.devices.smartcard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

/** An in-memory card that answers a fixed script of commands, and fails on anything else. */
final class ScriptedChannel implements SmartCardChannel {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private final Deque<String[]> script = new ArrayDeque<>();
  private final List<String> sent = new ArrayList<>();

  /** Expects {@code command} next (hex, spaces allowed) and answers {@code response}. */
  ScriptedChannel expect(String command, String response) {
    script.add(new String[] {strip(command), strip(response)});
    return this;
  }

  List<String> sent() {
    return List.copyOf(sent);
  }

  boolean finished() {
    return script.isEmpty();
  }

  @Override
  public byte[] atr() {
    return HEX.parseHex("3B8880014B32342D535353457F");
  }

  @Override
  public byte[] transmit(byte[] command) {
    String hex = HEX.formatHex(command);
    sent.add(hex);
    String[] next = script.poll();
    if (next == null) {
      throw new AssertionError("Unexpected command " + hex + " after the script ended.");
    }
    if (!next[0].equals(hex)) {
      throw new AssertionError("Expected command " + next[0] + " but got " + hex + ".");
    }
    return HEX.parseHex(next[1]);
  }

  static String strip(String hex) {
    return hex.replace(" ", "").toUpperCase();
  }
}
