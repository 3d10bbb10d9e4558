package io.kaitenkit.client;

/**
 * The body of {@code createGroup}: a name, and optionally the permission bits and whether the group's users
 * can be added to cards. Attributes left null are not sent, and Kaiten applies its defaults.
 *
 * <pre>{@code NewGroup.named("Developers").withPermissions(1)}</pre>
 *
 * @param name the group's name, 1 to 512 characters
 * @param permissions the permission bit mask, or null to leave it to Kaiten
 * @param addToCardsAndSpacesEnabled whether all users of the group can be added to cards, or null
 */
public record NewGroup(String name, Integer permissions, Boolean addToCardsAndSpacesEnabled) {
  public NewGroup {
    Checks.groupName(name);
    Checks.permissions(permissions);
  }

  /** A group with this name and Kaiten's defaults for the rest. */
  public static NewGroup named(String name) {
    return new NewGroup(name, null, null);
  }

  /** The same with these permission bits. */
  public NewGroup withPermissions(int permissions) {
    return new NewGroup(name, permissions, addToCardsAndSpacesEnabled);
  }

  /** The same with the "add to cards and spaces" switch set. */
  public NewGroup withAddToCardsAndSpacesEnabled(boolean enabled) {
    return new NewGroup(name, permissions, enabled);
  }
}
