package io.kaitenkit.mock;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The live state of a running mock: read it, replace it, or change one fact of it. Every method is
 * atomic; a rejected change leaves the state as it was.
 */
public interface LiveState {
  /**
   * The whole state in the fixture format, pretty-printed. The text is built in memory: a state of
   * tens of thousands of users makes tens of megabytes of it. {@code GET /__admin/state} answers the
   * same text but writes it while it is sent, so that is the way to fetch a large state.
   */
  String toJson();

  /**
   * Replaces the whole state with fixture text.
   *
   * @throws IllegalArgumentException naming the field when the fixture is invalid; the old state stays
   */
  void replace(String fixtureJson);

  /** Replaces the whole state with a fixture file; see {@link #replace(String)}. */
  void load(Path fixtureFile);

  /** The ids of the group's members in ascending order. */
  List<Long> members(String groupUid);

  boolean isMember(String groupUid, long userId);

  /** Makes the user a member of the group; the user must belong to the group's company. */
  void addMember(String groupUid, long userId);

  /** Ends the user's membership, if any. */
  void removeMember(String groupUid, long userId);

  /** Whether a group with this uid exists, in any company. */
  boolean hasGroup(String groupUid);

  /** The ids of the group's admins in ascending order; an admin need not be a member. */
  List<Long> admins(String groupUid);

  boolean isAdmin(String groupUid, long userId);

  /** Makes the user an admin of the group (not a member); the user must belong to the group's company. */
  void addAdmin(String groupUid, long userId);

  /** Ends the user's administration of the group, if any. */
  void removeAdmin(String groupUid, long userId);

  /** The user's permission bits: their own OR-ed with those of every group they are a member of. */
  long effectivePermissions(long userId);

  /** Activates or deactivates the user; a deactivated user gets 403 and role 3. */
  void setActivated(long userId, boolean activated);

  /** Switches the user-groups feature of a company's tariff on or off. */
  void setGroupsInTariff(String companyDomain, boolean included);

  /** Makes the user a company administrator, or not. */
  void setCompanyAdmin(long userId, boolean admin);

  /** Sets the user's own permission bits (bit 1: "Administrative section Members"). */
  void setPermissions(long userId, long bits);

  /** Every token with the id of the user it acts as. */
  Map<String, Long> tokens();

  /** Lets a token act as a user. */
  void addToken(String token, long userId);

  /** Makes a token unknown, so that it gets 401. */
  void removeToken(String token);
}
