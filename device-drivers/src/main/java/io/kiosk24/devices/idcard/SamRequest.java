package io.kiosk24.devices.idcard;

import java.util.Arrays;
import java.util.Optional;

/** One SAM request as a reader module receives it: {@code CMD PARA} and any data. */
public record SamRequest(int cmd, int para, byte[] data) {

  public SamRequest {
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  /** The command, if it is one GA 467 defines. */
  public Optional<SamCommand> command() {
    return SamCommand.of(cmd, para);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SamRequest r
        && r.cmd == cmd
        && r.para == para
        && Arrays.equals(r.data, data);
  }

  @Override
  public int hashCode() {
    return 31 * (cmd * 256 + para) + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return String.format("SamRequest[%02X %02X, %d data bytes]", cmd, para, data.length);
  }
}
