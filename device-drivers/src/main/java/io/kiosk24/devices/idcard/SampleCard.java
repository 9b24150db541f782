package io.kiosk24.devices.idcard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A card the emulator can place on its reader: the raw text fields as the card stores them (codes,
 * {@code YYYYMMDD} dates, {@code 长期}), and an optional additional address. Fictitious people only.
 */
public record SampleCard(
    String label, CardType type, Map<CardField, String> fields, String additionalAddress) {

  private static final String RESOURCE = "sample-cards.json";

  public SampleCard {
    fields = Map.copyOf(new EnumMap<>(fields));
    additionalAddress = additionalAddress == null ? "" : additionalAddress;
    label = label == null ? type.name() : label;
  }

  /** The 256-byte text block, laid out by {@link CardTextLayout}. */
  public byte[] text() {
    return CardTextLayout.encode(type, fields);
  }

  /**
   * A stand-in for the 1,024-byte WLT photo: deterministic bytes derived from the text, so two
   * cards never share a photo. It is not a decodable WLT image.
   */
  public byte[] photo() {
    byte[] photo = new byte[CardBlocks.PHOTO_BYTES];
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] seed = sha.digest(text());
      for (int i = 0; i < photo.length; i += seed.length) {
        System.arraycopy(seed, 0, photo, i, Math.min(seed.length, photo.length - i));
        seed = sha.digest(seed);
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    photo[0] = 'W';
    photo[1] = 'L';
    return photo;
  }

  /** Reads a JSON array of cards, each {@code {"label", "type", "fields": {...}}}. */
  public static List<SampleCard> load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    }
  }

  /** The four cards shipped with the emulator: one of each {@link CardType}. */
  public static List<SampleCard> builtIn() {
    try (InputStream in = SampleCard.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the device-drivers jar.");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<SampleCard> load(InputStream in) throws IOException {
    List<SampleCard> cards =
        new ObjectMapper()
            .readValue(
                new String(in.readAllBytes(), StandardCharsets.UTF_8),
                new TypeReference<List<SampleCard>>() {});
    for (SampleCard card : cards) {
      try {
        card.text();
      } catch (IllegalArgumentException e) {
        throw new IOException("Sample card '" + card.label() + "' does not fit: " + e.getMessage());
      }
    }
    return List.copyOf(cards);
  }

  @Override
  public String toString() {
    return "SampleCard[" + label + ", " + type + "]";
  }
}
