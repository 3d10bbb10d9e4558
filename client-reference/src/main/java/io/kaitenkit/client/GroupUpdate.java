package io.kaitenkit.client;

/**
 * The body of {@code updateGroup}, a PATCH: only the attributes that are not null are sent, and the others
 * stay as they are.
 *
 * <pre>{@code GroupUpdate.none().withName("QA").withPermissions(0)}</pre>
 *
 * @param name the new name, 1 to 512 characters, or null to keep it
 * @param permissions the new permission bit mask, or null to keep it
 * @param addToCardsAndSpacesEnabled the new "add to cards and spaces" switch, or null to keep it
 */
public record GroupUpdate(String name, Integer permissions, Boolean addToCardsAndSpacesEnabled) {
  public GroupUpdate {
    if (name != null) {
      Checks.groupName(name);
    }
    Checks.permissions(permissions);
  }

  /** An update that changes nothing: {@code {}}. */
  public static GroupUpdate none() {
    return new GroupUpdate(null, null, null);
  }

  /** The same, renaming the group. */
  public GroupUpdate withName(String name) {
    Checks.groupName(name);
    return new GroupUpdate(name, permissions, addToCardsAndSpacesEnabled);
  }

  /** The same, setting the permission bits. */
  public GroupUpdate withPermissions(int permissions) {
    return new GroupUpdate(name, permissions, addToCardsAndSpacesEnabled);
  }

  /** The same, setting the "add to cards and spaces" switch. */
  public GroupUpdate withAddToCardsAndSpacesEnabled(boolean enabled) {
    return new GroupUpdate(name, permissions, enabled);
  }
}
