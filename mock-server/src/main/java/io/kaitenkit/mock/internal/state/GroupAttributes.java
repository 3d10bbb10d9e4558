package io.kaitenkit.mock.internal.state;

/**
 * What a group's owner may change, and when it was created and last changed: the parts of Kaiten's
 * {@code Group} besides its {@code id} and {@code uid}.
 *
 * @param permissions the group's permission bits, granted to every member (bit 1: "Members")
 * @param addToCardsAndSpacesEnabled Kaiten's {@code add_to_cards_and_spaces_enabled}
 * @param created ISO-8601 UTC instant
 * @param updated ISO-8601 UTC instant
 */
public record GroupAttributes(String name, long permissions, boolean addToCardsAndSpacesEnabled,
    String created, String updated) {

  public GroupAttributes withName(String changed) {
    return new GroupAttributes(changed, permissions, addToCardsAndSpacesEnabled, created, updated);
  }

  public GroupAttributes withPermissions(long bits) {
    return new GroupAttributes(name, bits, addToCardsAndSpacesEnabled, created, updated);
  }

  public GroupAttributes withAddToCardsAndSpacesEnabled(boolean enabled) {
    return new GroupAttributes(name, permissions, enabled, created, updated);
  }

  public GroupAttributes updatedAt(String instant) {
    return new GroupAttributes(name, permissions, addToCardsAndSpacesEnabled, created, instant);
  }
}
