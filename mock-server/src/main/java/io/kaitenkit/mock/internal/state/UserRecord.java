package io.kaitenkit.mock.internal.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;

/**
 * A user of a company. {@code profile} is the user as the API answers it (the contract's {@code User}),
 * serialised once into {@code json} when the state is built, so responses only copy bytes.
 */
public record UserRecord(
    long id, String company, boolean companyAdmin, long permissions, ObjectNode profile, Buffer json) {

  /** Kaiten's permission bit 1: "Administrative section Members". */
  public static final long MEMBERS_ADMIN = 1L;

  public UserRecord withCompanyAdmin(boolean admin) {
    return new UserRecord(id, company, admin, permissions, profile, json);
  }

  public UserRecord withPermissions(long bits) {
    return new UserRecord(id, company, companyAdmin, bits, profile, json);
  }
}
