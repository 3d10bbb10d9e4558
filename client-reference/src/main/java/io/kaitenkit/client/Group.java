package io.kaitenkit.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A Kaiten user group, as every {@code /company/groups} operation answers it: the contract's {@code Group}.
 * Attributes not listed here are ignored.
 *
 * @param id the group's integer id
 * @param uid the group's string id, used in every path
 * @param name the group's name, 1 to 512 characters
 * @param permissions the bit mask of what the group's members may do (1 is the administrative section
 *     "Members", 2 "Billing", 4 "Company settings", ...)
 * @param addToCardsAndSpacesEnabled whether all users of the group can be added to cards in the group's spaces
 * @param created when the group was created
 * @param updated when the group was last changed
 */
public record Group(
    @JsonProperty(value = "id", required = true) long id,
    @JsonProperty(value = "uid", required = true) String uid,
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "permissions", required = true) int permissions,
    @JsonProperty(value = "add_to_cards_and_spaces_enabled", required = true) boolean addToCardsAndSpacesEnabled,
    @JsonProperty(value = "created", required = true) Instant created,
    @JsonProperty(value = "updated", required = true) Instant updated) {

  public Group {
    requireNonNull(uid, "uid == null");
    requireNonNull(name, "name == null");
    requireNonNull(created, "created == null");
    requireNonNull(updated, "updated == null");
  }
}
