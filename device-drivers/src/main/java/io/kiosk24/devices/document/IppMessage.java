package io.kiosk24.devices.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One IPP request or response (RFC 8010): version, operation or status code, request id, attribute
 * groups, and any document data after them. Values keep their tag and raw bytes; the accessors read
 * the few kinds a printer's state needs.
 */
public record IppMessage(
    int major, int minor, int code, int requestId, List<Group> groups, byte[] data) {

  public static final int TAG_OPERATION = 0x01;
  public static final int TAG_JOB = 0x02;
  public static final int TAG_END = 0x03;
  public static final int TAG_PRINTER = 0x04;
  public static final int TAG_UNSUPPORTED = 0x05;

  public static final int INTEGER = 0x21;
  public static final int BOOLEAN = 0x22;
  public static final int ENUM = 0x23;
  public static final int TEXT = 0x41;
  public static final int NAME = 0x42;
  public static final int KEYWORD = 0x44;
  public static final int URI = 0x45;
  public static final int CHARSET = 0x47;
  public static final int NATURAL_LANGUAGE = 0x48;

  /** Get-Jobs. */
  public static final int GET_JOBS = 0x000A;

  /** Get-Printer-Attributes. */
  public static final int GET_PRINTER_ATTRIBUTES = 0x000B;

  public IppMessage {
    groups = List.copyOf(groups);
    data = data.clone();
  }

  /** One value as it came: its tag and its bytes. */
  public record Value(int tag, byte[] bytes) {
    public Value {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    public static Value ofString(int tag, String text) {
      return new Value(tag, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Value ofInt(int tag, int value) {
      return new Value(
          tag,
          new byte[] {
            (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
          });
    }

    /** The value of an integer or enum; a value of another length reads as -1. */
    public int asInt() {
      if (bytes.length != 4) {
        return -1;
      }
      return (bytes[0] & 0xFF) << 24
          | (bytes[1] & 0xFF) << 16
          | (bytes[2] & 0xFF) << 8
          | bytes[3] & 0xFF;
    }

    public boolean asBoolean() {
      return bytes.length == 1 && bytes[0] != 0;
    }

    public String asString() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Value v && v.tag == tag && Arrays.equals(v.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return 31 * tag + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "Value[" + tag + ", " + bytes.length + " bytes]";
    }
  }

  /** A named attribute with one or more values. */
  public record Attribute(String name, List<Value> values) {
    public Attribute {
      values = List.copyOf(values);
    }

    public static Attribute of(String name, Value... values) {
      return new Attribute(name, List.of(values));
    }

    public List<String> strings() {
      return values.stream().map(Value::asString).toList();
    }
  }

  /** An attribute group, such as the printer attributes. */
  public record Group(int tag, List<Attribute> attributes) {
    public Group {
      attributes = List.copyOf(attributes);
    }

    public Optional<Attribute> attribute(String name) {
      return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  /** A request of IPP 1.1 with the operation attributes every request starts with. */
  public static IppMessage request(
      int operation, int requestId, List<Attribute> operationAttributes) {
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(Attribute.of("attributes-charset", Value.ofString(CHARSET, "utf-8")));
    attributes.add(
        Attribute.of("attributes-natural-language", Value.ofString(NATURAL_LANGUAGE, "en")));
    attributes.addAll(operationAttributes);
    return new IppMessage(
        1, 1, operation, requestId, List.of(new Group(TAG_OPERATION, attributes)), new byte[0]);
  }

  /** Whether this response's status code is one of the successful ones (0x0000 to 0x00FF). */
  public boolean successful() {
    return code >= 0 && code <= 0x00FF;
  }

  /** The groups with {@code tag}, in order. */
  public List<Group> groups(int tag) {
    return groups.stream().filter(g -> g.tag() == tag).toList();
  }

  /** The first attribute called {@code name} in a group with {@code tag}. */
  public Optional<Attribute> attribute(int tag, String name) {
    return groups(tag).stream().flatMap(g -> g.attribute(name).stream()).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IppMessage m
        && m.major == major
        && m.minor == minor
        && m.code == code
        && m.requestId == requestId
        && m.groups.equals(groups)
        && Arrays.equals(m.data, data);
  }

  @Override
  public int hashCode() {
    return groups.hashCode() * 31 + code;
  }

  @Override
  public String toString() {
    return "IppMessage[code=0x"
        + Integer.toHexString(code)
        + ", request "
        + requestId
        + ", "
        + groups.size()
        + " groups]";
  }
}
