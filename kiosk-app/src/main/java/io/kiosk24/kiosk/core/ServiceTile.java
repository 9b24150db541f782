package io.kiosk24.kiosk.core;

import java.util.Objects;

/**
 * One item on the home screen.
 *
 * @param id stable identifier, also used for the tile's node id ({@code tile-<id>})
 * @param title the item's name as the citizen reads it
 * @param description one short line saying what the item does
 * @param enabled whether the terminal can run the item now; a disabled tile is shown as coming soon
 */
public record ServiceTile(String id, String title, String description, boolean enabled) {

  public ServiceTile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("tile id must be lower-case words joined by '-': " + id);
    }
  }
}
