package io.kiosk24.devices.document;

import io.kiosk24.devices.document.IppMessage.Attribute;
import io.kiosk24.devices.document.IppMessage.Group;
import io.kiosk24.devices.document.IppMessage.Value;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes and decodes the IPP binary format (RFC 8010 section 3): pure functions, bytes in and
 * objects out. Decoding keeps every value's tag and bytes, collections flattened as CUPS sends
 * them, so encoding a decoded message gives back the same bytes.
 */
public final class IppCodec {

  private static final int HEADER = 8;

  private IppCodec() {}

  /**
   * Writes a message.
   *
   * @throws IllegalArgumentException for an attribute without values or a name or value too long
   *     for its 2-byte length
   */
  public static byte[] encode(IppMessage message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(message.major());
    out.write(message.minor());
    writeShort(out, message.code());
    writeShort(out, message.requestId() >>> 16);
    writeShort(out, message.requestId());
    for (Group group : message.groups()) {
      out.write(group.tag());
      for (Attribute attribute : group.attributes()) {
        if (attribute.values().isEmpty()) {
          throw new IllegalArgumentException(
              "IPP attribute " + attribute.name() + " has no value.");
        }
        byte[] name = attribute.name().getBytes(StandardCharsets.UTF_8);
        boolean first = true;
        for (Value value : attribute.values()) {
          out.write(value.tag());
          writeBlock(out, first ? name : new byte[0]);
          writeBlock(out, value.bytes());
          first = false;
        }
      }
    }
    out.write(IppMessage.TAG_END);
    out.writeBytes(message.data());
    return out.toByteArray();
  }

  /**
   * Reads a message.
   *
   * @throws IppException when the bytes are not a well-formed IPP message; the message gives the
   *     offset and what was wrong
   */
  public static IppMessage decode(byte[] bytes) throws IppException {
    if (bytes.length < HEADER) {
      throw new IppException(
          "IPP message of " + bytes.length + " bytes is shorter than its 8-byte header.");
    }
    int major = bytes[0] & 0xFF;
    int minor = bytes[1] & 0xFF;
    int code = readShort(bytes, 2);
    int requestId = readShort(bytes, 4) << 16 | readShort(bytes, 6);
    List<Group> groups = new ArrayList<>();
    int groupTag = -1;
    List<Attribute> attributes = null;
    String name = null;
    List<Value> values = null;
    int at = HEADER;
    while (true) {
      if (at >= bytes.length) {
        throw new IppException(
            "IPP message ends at byte " + at + " without its end-of-attributes tag.");
      }
      int tag = bytes[at] & 0xFF;
      if (tag < 0x10) {
        if (name != null) {
          attributes.add(new Attribute(name, values));
          name = null;
        }
        if (attributes != null) {
          groups.add(new Group(groupTag, attributes));
          attributes = null;
        }
        if (tag == IppMessage.TAG_END) {
          at++;
          break;
        }
        if (tag == 0x00) {
          throw new IppException(
              "IPP message has the reserved delimiter tag 0x00 at byte " + at + ".");
        }
        groupTag = tag;
        attributes = new ArrayList<>();
        at++;
        continue;
      }
      if (tag == 0x7F) {
        throw new IppException("IPP message uses an extended value tag at byte " + at + ".");
      }
      if (attributes == null) {
        throw new IppException(
            "IPP message has an attribute at byte " + at + " before any attribute group.");
      }
      int nameLength = lengthAt(bytes, at + 1);
      byte[] nameBytes = slice(bytes, at + 3, nameLength, "attribute name");
      int valueAt = at + 3 + nameLength;
      int valueLength = lengthAt(bytes, valueAt);
      byte[] valueBytes = slice(bytes, valueAt + 2, valueLength, "attribute value");
      checkLength(tag, valueLength, at);
      Value value = new Value(tag, valueBytes);
      if (nameLength == 0) {
        if (name == null) {
          throw new IppException(
              "IPP message has an additional value at byte "
                  + at
                  + " with no attribute before it.");
        }
        values.add(value);
      } else {
        if (name != null) {
          attributes.add(new Attribute(name, values));
        }
        name = new String(nameBytes, StandardCharsets.UTF_8);
        values = new ArrayList<>();
        values.add(value);
      }
      at = valueAt + 2 + valueLength;
    }
    return new IppMessage(
        major, minor, code, requestId, groups, Arrays.copyOfRange(bytes, at, bytes.length));
  }

  private static void checkLength(int tag, int length, int at) throws IppException {
    int expected =
        switch (tag) {
          case IppMessage.INTEGER, IppMessage.ENUM -> 4;
          case IppMessage.BOOLEAN -> 1;
          case 0x31 -> 11; // dateTime
          case 0x32 -> 9; // resolution
          case 0x33 -> 8; // rangeOfInteger
          default -> -1;
        };
    if (expected >= 0 && length != expected) {
      throw new IppException(
          "IPP value with tag 0x"
              + Integer.toHexString(tag)
              + " at byte "
              + at
              + " is "
              + length
              + " bytes long, not "
              + expected
              + ".");
    }
  }

  private static int lengthAt(byte[] bytes, int at) throws IppException {
    if (at + 2 > bytes.length) {
      throw new IppException("IPP message ends inside a length field at byte " + at + ".");
    }
    return readShort(bytes, at);
  }

  private static byte[] slice(byte[] bytes, int from, int length, String what) throws IppException {
    if (from + length > bytes.length) {
      throw new IppException(
          "IPP message ends inside an "
              + what
              + " of "
              + length
              + " bytes starting at byte "
              + from
              + ".");
    }
    return Arrays.copyOfRange(bytes, from, from + length);
  }

  private static int readShort(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
  }

  private static void writeShort(ByteArrayOutputStream out, int value) {
    out.write(value >>> 8 & 0xFF);
    out.write(value & 0xFF);
  }

  private static void writeBlock(ByteArrayOutputStream out, byte[] block) {
    if (block.length > 0xFFFF) {
      throw new IllegalArgumentException(
          "An IPP name or value of " + block.length + " bytes exceeds 65535.");
    }
    writeShort(out, block.length);
    out.writeBytes(block);
  }
}
