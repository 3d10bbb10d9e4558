package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.client.CurrentUser;
import io.kaitenkit.client.Group;
import io.kaitenkit.client.GroupUpdate;
import io.kaitenkit.client.KaitenClient;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.NewGroup;
import io.kaitenkit.client.User;
import io.kaitenkit.client.UserExtended;
import io.kaitenkit.client.UsersListRow;
import io.kaitenkit.mock.admin.ProviderState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The interactions of the groups area's operations beyond the seed's three: for each documented status, the
 * provider states that lead there, the client's call, and what it must make of the answer. A status that no
 * state of the data reaches (a 404 of the groups list, say) is asked of the mock with
 * {@link ProviderState#NEXT_REQUEST_ANSWERED_WITH_DOCUMENTED_STATUS}.
 */
final class GroupsAreaInteractions {
  private static final String DEVELOPERS = "/company/groups/" + Demo.DEVELOPERS;
  private static final String ADMINS = "/groups/" + Demo.DEVELOPERS + "/admins";
  private static final String ADA_AS_ADMIN = ADMINS + "/" + Demo.ADA;
  /** The contract's example group and user, which the Pact mock server answers with. */
  private static final Instant EXAMPLE_GROUP_CREATED = Instant.parse("2025-06-01T09:30:00Z");

  private GroupsAreaInteractions() {}

  /** A provider state with its Pact params. */
  record State(String sentence, Map<String, Object> params) {
    static State of(String sentence) {
      return new State(sentence, Map.of());
    }

    static State forTheAdminToken(String sentence) {
      return new State(sentence, Map.of("token", Demo.ADMIN_TOKEN));
    }
  }

  /** The client's call of an operation. */
  @FunctionalInterface
  interface Call {
    KaitenResult<?> on(KaitenClient client) throws Exception;
  }

  /** What a 200's value must hold. */
  @FunctionalInterface
  interface ValueCheck {
    void accept(Object value);
  }

  /** One interaction: an operation's request, the states that make it answer {@code status}. */
  record Case(String operationId, int status, String description, List<State> states, String method,
      String path, String token, String body, Call call, ValueCheck value) {
    @Override
    public String toString() {
      return operationId + " " + status;
    }
  }

  /** An operation as the client calls it. */
  private record Operation(String id, String request, String method, String path, String body, Call call,
      ValueCheck value) {
    Case answering(int status, String why, State... states) {
      return answering(status, why, Demo.ADMIN_TOKEN, states);
    }

    Case answering(int status, String why, String token, State... states) {
      return new Case(id, status, request + ", " + why, Arrays.asList(states), method, path, token, body, call,
          value);
    }

    /** The common cases: an invalid token, a used-up rate limit. */
    List<Case> withTokenAndRateLimitCases() {
      return List.of(
          answering(401, "with an invalid token", State.forTheAdminToken(ProviderState.TOKEN_IS_INVALID.sentence())),
          answering(429, "over the rate limit",
              State.forTheAdminToken(ProviderState.RATE_LIMIT_EXHAUSTED.sentence())));
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    groups(cases);
    admins(cases);
    users(cases);
    return List.copyOf(cases);
  }

  private static void groups(List<Case> cases) {
    State developers = State.of(ProviderState.GROUP_EXISTS.sentence(Demo.DEVELOPERS));
    State noDevelopers = State.of(ProviderState.GROUP_DOES_NOT_EXIST.sentence(Demo.DEVELOPERS));
    State mayNotManage = State.forTheAdminToken(ProviderState.TOKEN_USER_MAY_NOT_MANAGE_GROUPS.sentence());
    State noTariff = State.of(ProviderState.TARIFF_WITHOUT_GROUPS.sentence());

    Operation list = new Operation("listGroups", "a request for the company's groups", "GET", "/company/groups",
        null, KaitenClient::listGroups, value -> assertThat((List<?>) value).first()
            .isInstanceOfSatisfying(Group.class, group -> assertThat(group.uid()).isEqualTo("developers")));
    cases.add(list.answering(200, "answered with the groups", developers));
    cases.add(list.answering(400, "rejected as malformed", malformed(list.id())));
    cases.add(list.answering(403, "by a user who may not manage groups", mayNotManage));
    cases.add(list.answering(404, "answered 404", documented(list.id(), 404)));
    cases.addAll(list.withTokenAndRateLimitCases());

    Operation create = new Operation("createGroup", "a request to create group QA", "POST", "/company/groups",
        "{\"name\":\"QA\"}", client -> client.createGroup(NewGroup.named("QA")), GroupsAreaInteractions::isTheExampleGroup);
    cases.add(create.answering(200, "answered with the new group", developers));
    cases.add(create.answering(400, "rejected as malformed", malformed(create.id())));
    cases.add(create.answering(402, "when the tariff does not include groups", noTariff));
    cases.add(create.answering(403, "by a user who may not manage groups", mayNotManage));
    cases.add(create.answering(404, "answered 404", documented(create.id(), 404)));
    cases.addAll(create.withTokenAndRateLimitCases());

    Operation get = new Operation("getGroup", "a request for group developers", "GET", DEVELOPERS, null,
        client -> client.getGroup(Demo.DEVELOPERS), GroupsAreaInteractions::isTheExampleGroup);
    cases.add(get.answering(200, "answered with the group", developers));
    cases.add(get.answering(403, "by a user who may not manage groups", mayNotManage));
    cases.add(get.answering(404, "when it does not exist", noDevelopers));
    cases.addAll(get.withTokenAndRateLimitCases());

    Operation update = new Operation("updateGroup", "a request to rename group developers to Devs", "PATCH",
        DEVELOPERS, "{\"name\":\"Devs\"}", client -> client.updateGroup(Demo.DEVELOPERS, GroupUpdate.none().withName("Devs")),
        GroupsAreaInteractions::isTheExampleGroup);
    cases.add(update.answering(200, "answered with the renamed group", developers));
    cases.add(update.answering(400, "rejected as malformed", malformed(update.id())));
    cases.add(update.answering(402, "when the tariff does not include groups", developers, noTariff));
    cases.add(update.answering(403, "by a user who may not manage groups", mayNotManage));
    cases.add(update.answering(404, "when it does not exist", noDevelopers));
    cases.addAll(update.withTokenAndRateLimitCases());

    Operation remove = new Operation("removeGroup", "a request to remove group developers", "DELETE", DEVELOPERS,
        null, client -> client.removeGroup(Demo.DEVELOPERS), GroupsAreaInteractions::isTheExampleGroup);
    cases.add(remove.answering(200, "answered with the removed group", developers));
    cases.add(remove.answering(403, "by a user who may not manage groups", mayNotManage));
    cases.add(remove.answering(404, "when it does not exist", noDevelopers));
    cases.addAll(remove.withTokenAndRateLimitCases());
  }

  private static void admins(List<Case> cases) {
    State adaIsAdmin = State.of(ProviderState.USER_IS_ADMIN.sentence(Demo.ADA, Demo.DEVELOPERS));
    State adaIsNotAdmin = State.of(ProviderState.USER_IS_NOT_ADMIN.sentence(Demo.ADA, Demo.DEVELOPERS));
    State noDevelopers = State.of(ProviderState.GROUP_DOES_NOT_EXIST.sentence(Demo.DEVELOPERS));
    State bobMayNot = State.of(ProviderState.USER_MAY_NOT_MANAGE_GROUP.sentence(Demo.NO_PERMISSION_USER, Demo.DEVELOPERS));
    State noTariff = State.of(ProviderState.TARIFF_WITHOUT_GROUPS.sentence());

    Operation list = new Operation("listGroupAdmins", "a request for the admins of group developers", "GET",
        ADMINS, null, client -> client.listGroupAdmins(Demo.DEVELOPERS), value -> assertThat((List<?>) value)
            .first().isInstanceOfSatisfying(UserExtended.class, admin -> assertThat(admin.id()).isEqualTo(Demo.ADA)));
    cases.add(list.answering(200, "answered with the admins", adaIsAdmin));
    cases.add(list.answering(403, "by a user who may not manage the group", Demo.NO_PERMISSION_TOKEN, bobMayNot));
    cases.add(list.answering(404, "when the group does not exist", noDevelopers));
    cases.addAll(list.withTokenAndRateLimitCases());

    Operation add = new Operation("addAdminToGroup", "a request to make user 42 an admin of group developers",
        "POST", ADMINS, "{\"user_id\":" + Demo.ADA + "}", client -> client.addAdminToGroup(Demo.DEVELOPERS, Demo.ADA),
        GroupsAreaInteractions::isAda);
    cases.add(add.answering(200, "answered with the new admin", adaIsNotAdmin));
    cases.add(add.answering(400, "rejected as malformed", malformed(add.id())));
    cases.add(add.answering(402, "when the tariff does not include groups", noTariff));
    cases.add(add.answering(403, "by a user who may not manage the group", Demo.NO_PERMISSION_TOKEN, bobMayNot));
    cases.add(add.answering(404, "when the group does not exist", noDevelopers));
    cases.addAll(add.withTokenAndRateLimitCases());

    Operation remove = new Operation("removeAdminFromGroup", "a request to end user 42's admin rights in group "
        + "developers", "DELETE", ADA_AS_ADMIN, null, client -> client.removeAdminFromGroup(Demo.DEVELOPERS, Demo.ADA),
        GroupsAreaInteractions::isAda);
    cases.add(remove.answering(200, "answered with the former admin", adaIsAdmin));
    cases.add(remove.answering(400, "rejected as malformed", malformed(remove.id())));
    cases.add(remove.answering(402, "when the tariff does not include groups", adaIsAdmin, noTariff));
    cases.add(remove.answering(403, "by a user who may not manage the group", Demo.NO_PERMISSION_TOKEN, bobMayNot));
    cases.add(remove.answering(404, "when the user is not an admin", adaIsNotAdmin));
    cases.addAll(remove.withTokenAndRateLimitCases());
  }

  private static void users(List<Case> cases) {
    State deactivated = State.forTheAdminToken(ProviderState.TOKEN_USER_IS_DEACTIVATED.sentence());

    Operation current = new Operation("getCurrentUser", "a request for the token's user", "GET", "/users/current",
        null, KaitenClient::getCurrentUser, value -> assertThat(value).isInstanceOfSatisfying(CurrentUser.class,
            user -> assertThat(user.id()).isEqualTo(1)));
    cases.add(current.answering(200, "answered with the user",
        State.of(ProviderState.USER_IS_MEMBER.sentence(Demo.ADA, Demo.DEVELOPERS))));
    cases.add(current.answering(403, "when the user is deactivated", deactivated));
    cases.add(current.answering(404, "answered 404", documented(current.id(), 404)));
    cases.addAll(current.withTokenAndRateLimitCases());

    Operation list = new Operation("listUsers", "a request for the company's users", "GET", "/users", null,
        KaitenClient::listUsers, value -> assertThat((List<?>) value).first()
            .isInstanceOfSatisfying(UsersListRow.class, user -> assertThat(user.id()).isEqualTo(Demo.ADA)));
    cases.add(list.answering(200, "answered with the users",
        State.of(ProviderState.USER_IS_MEMBER.sentence(Demo.ADA, Demo.DEVELOPERS))));
    cases.add(list.answering(400, "rejected as malformed", malformed(list.id())));
    cases.add(list.answering(403, "when the user is deactivated", deactivated));
    cases.addAll(list.withTokenAndRateLimitCases());
  }

  private static State malformed(String operationId) {
    return State.of(ProviderState.NEXT_REQUEST_REJECTED_AS_MALFORMED.sentence(operationId));
  }

  private static State documented(String operationId, int status) {
    return State.of(ProviderState.NEXT_REQUEST_ANSWERED_WITH_DOCUMENTED_STATUS.sentence(operationId, status));
  }

  private static void isTheExampleGroup(Object value) {
    assertThat(value).isInstanceOfSatisfying(Group.class, group -> {
      assertThat(group.uid()).isEqualTo("developers");
      assertThat(group.name()).isEqualTo("Developers");
      assertThat(group.created()).isEqualTo(EXAMPLE_GROUP_CREATED);
    });
  }

  private static void isAda(Object value) {
    assertThat(value).isInstanceOfSatisfying(User.class, user -> {
      assertThat(user.id()).isEqualTo(Demo.ADA);
      assertThat(user.fullName()).isEqualTo("Ada Lovelace");
    });
  }
}
