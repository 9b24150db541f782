package io.kiosk24.devices.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JSerialCommLinkIT {

  private static byte[] readExactly(SerialLink link, int n) throws SerialLinkException {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buf = new byte[n];
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (got.size() < n && System.nanoTime() < deadline) {
      int r = link.read(buf, 0, n - got.size(), Duration.ofMillis(200));
      got.write(buf, 0, r);
    }
    return got.toByteArray();
  }

  @Test
  void carriesBytesBothWaysOverAPtyPair() throws Exception {
    try (SocatPtyPair pair = SocatPtyPair.start();
        SerialLink a = JSerialCommLink.open(pair.left(), 115200);
        SerialLink b = JSerialCommLink.open(pair.right(), 115200)) {
      byte[] payload = new byte[3000];
      for (int i = 0; i < payload.length; i++) {
        payload[i] = (byte) i;
      }
      a.write(payload);
      assertThat(readExactly(b, payload.length)).isEqualTo(payload);
      b.write(new byte[] {(byte) 0xAA, 0x00, (byte) 0xFF});
      assertThat(readExactly(a, 3)).containsExactly(0xAA, 0x00, 0xFF);
    }
  }

  @Test
  void returnsZeroWhenNothingComesInTime() throws Exception {
    try (SocatPtyPair pair = SocatPtyPair.start();
        SerialLink a = JSerialCommLink.open(pair.left(), 115200)) {
      assertThat(a.read(new byte[8], 0, 8, Duration.ofMillis(50))).isZero();
      assertThat(a.read(new byte[8], 0, 8, Duration.ZERO)).isZero();
    }
  }

  @Test
  void namesThePortItCouldNotOpen() {
    assertThatThrownBy(() -> JSerialCommLink.open("/dev/pts/kiosk24-missing", 115200))
        .isInstanceOf(SerialLinkException.class)
        .hasMessageContaining("/dev/pts/kiosk24-missing");
  }

  @Test
  void failsWhenThePortVanishes() throws Exception {
    SocatPtyPair pair = SocatPtyPair.start();
    try (SerialLink a = JSerialCommLink.open(pair.left(), 115200)) {
      pair.close();
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 50; i++) {
                  a.read(new byte[8], 0, 8, Duration.ofMillis(20));
                  a.write(new byte[] {1});
                }
              })
          .isInstanceOf(SerialLinkException.class)
          .hasMessageContaining(pair.left());
    }
  }
}
