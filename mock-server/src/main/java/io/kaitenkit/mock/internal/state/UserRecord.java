package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A user of a company. {@code json} is the user as the single-user answers give it (the contract's
 * basic {@code User}), checked and serialised once when the state is built, so responses only copy
 * bytes; it is the only copy of the profile kept, which keeps large fixtures small.
 *
 * @param activated the profile's {@code activated}, kept apart because every request asks it
 * @param extendedTail what follows the basic attributes in a {@code UserExtended}: the three extra
 *     attributes and the closing brace, shared between users that leave them at their defaults
 * @param account the fixture's company-level attributes of the user ({@code role}, {@code telegram_id},
 *     …), null when it gives none: then every one has its default
 * @param searchKey full name, email and username, lower-cased, for {@code GET /users?query=}
 */
public record UserRecord(long id, String company, boolean companyAdmin, long permissions, boolean activated,
    Buffer json, Buffer extendedTail, ObjectNode account, String searchKey) {

  /** Kaiten's permission bit 1: "Administrative section Members". */
  public static final long MEMBERS_ADMIN = 1L;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The user's basic attributes, parsed from {@link #json()} on each call. */
  public ObjectNode profile() {
    try {
      return (ObjectNode) MAPPER.readTree(json.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("a user's JSON of the state is not JSON", e);
    }
  }

  /** Appends the user as the member and admin lists give it (the contract's {@code UserExtended}). */
  public Buffer appendExtended(Buffer out) {
    return out.appendBuffer(json, 0, json.length() - 1).appendBuffer(extendedTail);
  }

  public UserRecord withCompanyAdmin(boolean admin) {
    return new UserRecord(id, company, admin, permissions, activated, json, extendedTail, account, searchKey);
  }

  public UserRecord withPermissions(long bits) {
    return new UserRecord(id, company, companyAdmin, bits, activated, json, extendedTail, account, searchKey);
  }

  /** The user (de)activated: {@code activated} changes in every shape, {@code role} 3 when deactivated. */
  public UserRecord withActivated(boolean active) {
    ObjectNode profile = profile().put("activated", active);
    try {
      return new UserRecord(id, company, companyAdmin, permissions, active,
          Buffer.buffer(MAPPER.writeValueAsBytes(profile)), extendedTail, account, searchKey);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a user's profile cannot be written", e);
    }
  }
}
