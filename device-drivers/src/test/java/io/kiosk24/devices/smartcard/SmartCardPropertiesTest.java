package io.kiosk24.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SmartCardPropertiesTest {

  @Property(tries = 2000)
  void anyResponseBytesGiveAResponseOrTheTypedError(@ForAll @Size(max = 40) byte[] bytes) {
    try {
      ResponseApdu response = ResponseApdu.parse(bytes);
      assertThat(response.data()).hasSize(bytes.length - 2);
    } catch (SmartCardException e) {
      assertThat(e.reason()).isEqualTo(SmartCardException.Reason.BAD_RESPONSE);
      assertThat(bytes.length).isLessThan(2);
    }
  }

  @Property(tries = 2000)
  void anyRecordBytesGiveACardOrTheTypedError(
      @ForAll @IntRange(min = 1, max = 7) int record, @ForAll @Size(max = 24) byte[] bytes) {
    Map<Integer, byte[]> records = new HashMap<>(SsseRecordsTest.goodRecords());
    records.put(record, bytes);
    try {
      assertThat(SsseRecords.parse(records)).isNotNull();
    } catch (SmartCardException e) {
      assertThat(e.reason()).isEqualTo(SmartCardException.Reason.BAD_RESPONSE);
    }
  }

  @Property(tries = 1000)
  void anyCardAnswersGiveACardOrATypedError(
      @ForAll @Size(min = 1, max = 12) List<@Size(max = 24) byte[]> answers) {
    Deque<byte[]> queue = new ArrayDeque<>(answers);
    SmartCardChannel card =
        new SmartCardChannel() {
          @Override
          public byte[] atr() {
            return new byte[] {0x3B, 0x00};
          }

          @Override
          public byte[] transmit(byte[] command) throws SmartCardException {
            byte[] next = queue.poll();
            if (next == null) {
              throw new SmartCardException(SmartCardException.Reason.CARD_REMOVED, "gone");
            }
            return next;
          }
        };
    try {
      assertThat(new SsseApplication().read(card)).isNotNull();
    } catch (SmartCardException e) {
      assertThat(e.reason()).isNotNull();
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 2000)
  void commandsRoundTrip(
      @ForAll @IntRange(max = 255) int ins,
      @ForAll @IntRange(max = 255) int p1,
      @ForAll @Size(max = 255) byte[] data,
      @ForAll @IntRange(min = -1, max = 256) int le) {
    int expected = le == 0 ? CommandApdu.NO_LE : le;
    CommandApdu apdu = new CommandApdu(0x00, ins, p1, 0x04, data, expected);

    assertThat(CommandApdu.decode(apdu.encode())).isEqualTo(apdu);
  }
}
