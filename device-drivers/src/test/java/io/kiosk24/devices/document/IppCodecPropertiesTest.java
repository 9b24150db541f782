package io.kiosk24.devices.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiosk24.devices.document.IppMessage.Attribute;
import io.kiosk24.devices.document.IppMessage.Group;
import io.kiosk24.devices.document.IppMessage.Value;
import java.util.ArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class IppCodecPropertiesTest {

  @Property(tries = 2000)
  void anyBytesDecodeToAMessageOrATypedError(@ForAll @Size(max = 300) byte[] bytes) {
    try {
      IppMessage message = IppCodec.decode(bytes);
      assertThat(IppCodec.encode(message)).isEqualTo(bytes);
    } catch (IppException e) {
      assertThat(e.getMessage()).startsWith("IPP message").endsWith(".");
    }
  }

  @Property(tries = 500)
  void aValidHeaderWithNoiseAfterItDecodesOrFailsTyped(@ForAll @Size(max = 200) byte[] noise) {
    byte[] bytes = new byte[8 + noise.length];
    bytes[0] = 1;
    bytes[1] = 1;
    bytes[8 - 1] = 1;
    System.arraycopy(noise, 0, bytes, 8, noise.length);
    anyBytesDecodeToAMessageOrATypedError(bytes);
  }

  @Property(tries = 500)
  void encodedMessagesDecodeToThemselves(@ForAll("messages") IppMessage message)
      throws IppException {
    assertThat(IppCodec.decode(IppCodec.encode(message))).isEqualTo(message);
  }

  @Provide
  Arbitrary<IppMessage> messages() {
    Arbitrary<Value> values =
        Arbitraries.oneOf(
            Arbitraries.integers().map(i -> Value.ofInt(IppMessage.INTEGER, i)),
            Arbitraries.integers()
                .between(0, 1)
                .map(b -> new Value(IppMessage.BOOLEAN, new byte[] {b.byteValue()})),
            Arbitraries.strings().ofMaxLength(20).map(s -> Value.ofString(IppMessage.KEYWORD, s)),
            Arbitraries.strings().ofMaxLength(20).map(s -> Value.ofString(IppMessage.TEXT, s)));
    Arbitrary<Attribute> attributes =
        Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                values.list().ofMinSize(1).ofMaxSize(3))
            .as(Attribute::new);
    Arbitrary<Group> groups =
        Combinators.combine(
                Arbitraries.of(
                    IppMessage.TAG_OPERATION, IppMessage.TAG_JOB, IppMessage.TAG_PRINTER),
                attributes.list().ofMaxSize(4))
            .as(Group::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, 0xFFFF),
            Arbitraries.integers(),
            groups.list().ofMaxSize(3),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(16))
        .as((code, id, g, data) -> new IppMessage(2, 0, code, id, new ArrayList<>(g), data));
  }
}
