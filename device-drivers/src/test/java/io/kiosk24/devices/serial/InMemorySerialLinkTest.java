package io.kiosk24.devices.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemorySerialLinkTest {

  @Test
  void whatOneEndWritesTheOtherReads() throws Exception {
    InMemorySerialLink.Pair pair = InMemorySerialLink.pair();
    pair.host().write(new byte[] {1, 2, 3});
    byte[] buf = new byte[8];
    assertThat(pair.device().read(buf, 0, 8, Duration.ofSeconds(1))).isEqualTo(3);
    assertThat(buf).startsWith(1, 2, 3);
    pair.device().write(new byte[10_000]);
    int total = 0;
    while (total < 10_000) {
      total += pair.host().read(new byte[777], 0, 777, Duration.ofSeconds(1));
    }
    assertThat(total).isEqualTo(10_000);
  }

  @Test
  void returnsZeroAfterTimeout() throws Exception {
    InMemorySerialLink.Pair pair = InMemorySerialLink.pair();
    assertThat(pair.host().read(new byte[4], 0, 4, Duration.ofMillis(10))).isZero();
  }

  @Test
  void closingOneEndFailsTheOther() {
    InMemorySerialLink.Pair pair = InMemorySerialLink.pair("line");
    pair.device().close();
    assertThatThrownBy(() -> pair.host().read(new byte[4], 0, 4, Duration.ofSeconds(1)))
        .isInstanceOf(SerialLinkException.class)
        .hasMessageContaining("line:host");
    assertThatThrownBy(() -> pair.host().write(new byte[] {1}))
        .isInstanceOf(SerialLinkException.class);
  }
}
