package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A user of a company. {@code json} is the user as the API answers it (the contract's {@code User}),
 * checked and serialised once when the state is built, so responses only copy bytes; it is the only
 * copy of the profile kept, which keeps large fixtures small.
 */
public record UserRecord(long id, String company, boolean companyAdmin, long permissions, Buffer json) {

  /** Kaiten's permission bit 1: "Administrative section Members". */
  public static final long MEMBERS_ADMIN = 1L;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The user's attributes, parsed from {@link #json()} on each call. */
  public ObjectNode profile() {
    try {
      return (ObjectNode) MAPPER.readTree(json.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("a user's JSON of the state is not JSON", e);
    }
  }

  public UserRecord withCompanyAdmin(boolean admin) {
    return new UserRecord(id, company, admin, permissions, json);
  }

  public UserRecord withPermissions(long bits) {
    return new UserRecord(id, company, companyAdmin, bits, json);
  }
}
