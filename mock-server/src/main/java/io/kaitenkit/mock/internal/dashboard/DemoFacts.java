package io.kaitenkit.mock.internal.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who in the current state reaches which answer: the tokens and ids the operations matrix sends its
 * requests with. Read from the state's fixture JSON (not its classes), so that any fixture that has
 * such users works, not only the demo; a role nobody plays is null and the matrix falls back to
 * {@code Prefer: code=N}.
 */
record DemoFacts(
    Actor admin,
    String groupUid,
    long member,
    Long groupAdmin,
    long outsider,
    String spareGroupUid,
    Actor noPermission,
    Actor noTariff,
    Actor otherCompany,
    Actor deactivated) {

  /** A token and what it stands for, in words. */
  record Actor(String token, String description) {}

  /** Null when the state has no company admin with a group that has a member: then only Prefer works. */
  static DemoFacts of(JsonNode state) {
    Map<Long, JsonNode> users = new HashMap<>();
    state.path("users").forEach(user -> users.put(user.path("id").asLong(), user));
    Map<String, Boolean> groupsOn = new HashMap<>();
    state.path("companies").forEach(company ->
        groupsOn.put(company.path("domain").asText(), company.path("tariff").path("groups").asBoolean(true)));
    Map<Long, String> tokenOf = new HashMap<>();
    state.path("tokens").properties().forEach(token -> tokenOf.putIfAbsent(token.getValue().asLong(), token.getKey()));
    List<JsonNode> groups = new ArrayList<>();
    state.path("groups").forEach(groups::add);

    JsonNode home = null;
    for (JsonNode group : groups) {
      String company = group.path("company").asText();
      if (groupsOn.getOrDefault(company, false) && group.path("users").size() > 0
          && (home == null || rank(group) > rank(home))) {
        home = group;
      }
    }
    if (home == null) {
      return null;
    }
    String company = home.path("company").asText();
    JsonNode group = home;
    Long adminId = first(users, tokenOf, user -> user.path("company").asText().equals(company)
        && user.path("company_admin").asBoolean(false) && active(user));
    if (adminId == null) {
      return null;
    }
    long member = group.path("users").get(0).asLong();
    Long groupAdmin = group.path("admins").size() > 0 ? group.path("admins").get(0).asLong() : null;
    Set<Long> members = new HashSet<>();
    group.path("users").forEach(id -> members.add(id.asLong())); // a group may hold every user: no scan per user
    Long outsider = users.values().stream()
        .filter(user -> user.path("company").asText().equals(company) && !members.contains(user.path("id").asLong()))
        .map(user -> user.path("id").asLong()).sorted().findFirst().orElse(member);
    String spare = groups.stream()
        .filter(other -> other != group && other.path("company").asText().equals(company)
            && other.path("permissions").asLong(0) == 0)
        .map(other -> other.path("uid").asText()).reduce((a, b) -> b).orElse(null);
    Long noPermission = first(users, tokenOf, user -> user.path("company").asText().equals(company)
        && !user.path("company_admin").asBoolean(false) && (user.path("permissions").asLong(0) & 1) == 0
        && !contains(group.path("admins"), user.path("id").asLong()) && !grantsBitOne(groups, user) && active(user));
    Long noTariff = first(users, tokenOf, user -> !groupsOn.getOrDefault(user.path("company").asText(), true) && active(user));
    Long otherCompany = first(users, tokenOf, user -> !user.path("company").asText().equals(company)
        && groupsOn.getOrDefault(user.path("company").asText(), false) && active(user));
    Long deactivated = first(users, tokenOf, user -> !active(user));
    return new DemoFacts(
        actor(tokenOf, adminId, "user " + adminId + ", company admin of " + company),
        group.path("uid").asText(), member, groupAdmin, outsider, spare,
        actor(tokenOf, noPermission, "user " + noPermission + " of " + company + ", no rights over the group"),
        actor(tokenOf, noTariff, "user " + noTariff + ", whose company's tariff lacks groups"),
        actor(tokenOf, otherCompany, "user " + otherCompany + " of another company, which cannot see " + company),
        actor(tokenOf, deactivated, "user " + deactivated + ", deactivated"));
  }

  /** The richest group: members and admins to act on. */
  private static int rank(JsonNode group) {
    return group.path("users").size() + 10 * Math.min(1, group.path("admins").size())
        - (group.path("permissions").asLong(0) != 0 ? 100 : 0);
  }

  private static boolean active(JsonNode user) {
    return user.path("activated").asBoolean(true);
  }

  private static boolean grantsBitOne(List<JsonNode> groups, JsonNode user) {
    long id = user.path("id").asLong();
    return groups.stream().anyMatch(group -> (group.path("permissions").asLong(0) & 1) != 0
        && contains(group.path("users"), id));
  }

  private static boolean contains(JsonNode ids, long id) {
    for (JsonNode candidate : ids) {
      if (candidate.asLong() == id) {
        return true;
      }
    }
    return false;
  }

  /** The lowest-numbered user with a token who matches. */
  private static Long first(Map<Long, JsonNode> users, Map<Long, String> tokenOf, Predicate<JsonNode> matches) {
    return users.values().stream().filter(user -> tokenOf.containsKey(user.path("id").asLong()) && matches.test(user))
        .map(user -> user.path("id").asLong()).sorted().findFirst().orElse(null);
  }

  private static Actor actor(Map<Long, String> tokenOf, Long userId, String description) {
    return userId == null ? null : new Actor(tokenOf.get(userId), description);
  }
}
