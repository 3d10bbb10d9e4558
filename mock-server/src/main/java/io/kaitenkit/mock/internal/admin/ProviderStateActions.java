package io.kaitenkit.mock.internal.admin;

import io.kaitenkit.mock.DemoFixture;
import io.kaitenkit.mock.admin.ProviderState;
import io.kaitenkit.mock.internal.state.GuardedLiveState;
import java.util.LinkedHashMap;
import java.util.Map;

/** What each {@link ProviderState} does to the mock; {@link Admin} decides what a setup starts from. */
final class ProviderStateActions {
  static final String DEFAULT_COMPANY = DemoFixture.ACME;
  static final String DEFAULT_INVALID_TOKEN = "unknown-token";
  static final String DEFAULT_TOKEN = DemoFixture.ADMIN_TOKEN;

  private final Admin admin;
  private final GuardedLiveState state;

  ProviderStateActions(Admin admin, GuardedLiveState state) {
    this.admin = admin;
    this.state = state;
  }

  /**
   * The state a sentence names, with the sentence's values and {@code extraParams} merged; changes nothing.
   *
   * @throws IllegalArgumentException naming the known states when the sentence is not one of them
   */
  ProviderState.Match resolve(String sentence, Map<String, ?> extraParams) {
    if (sentence == null || sentence.isBlank()) {
      throw new IllegalArgumentException("a provider state needs a sentence; known: " + ProviderState.templates());
    }
    ProviderState.Match match = ProviderState.match(sentence).orElseThrow(() -> new IllegalArgumentException(
        "unknown provider state '" + sentence + "'; known: " + ProviderState.templates()));
    Map<String, String> params = new LinkedHashMap<>(match.params());
    if (extraParams != null) {
      extraParams.forEach((name, value) -> params.put(name, String.valueOf(value)));
    }
    return new ProviderState.Match(match.state(), params);
  }

  /** Sets the state up on top of the current one. */
  void setUp(ProviderState.Match match) {
    Map<String, String> params = match.params();
    switch (match.state()) {
      case USER_IS_MEMBER -> state.addMember(text(params, "groupUid"), id(params, "userId"));
      case USER_IS_NOT_MEMBER -> state.removeMember(text(params, "groupUid"), id(params, "userId"));
      case GROUP_EXISTS -> state.ensureGroup(text(params, "groupUid"),
          params.getOrDefault("company", DEFAULT_COMPANY), params.get("name"));
      case USER_IS_ADMIN -> state.addAdmin(text(params, "groupUid"), id(params, "userId"));
      case USER_IS_NOT_ADMIN -> state.removeAdmin(text(params, "groupUid"), id(params, "userId"));
      case TOKEN_USER_MAY_NOT_MANAGE_GROUPS -> state.revokeGroupManagement(
          params.getOrDefault("token", DEFAULT_TOKEN));
      case TOKEN_USER_IS_DEACTIVATED -> state.setActivated(
          state.userOfKnownToken(params.getOrDefault("token", DEFAULT_TOKEN)), false);
      case GROUP_DOES_NOT_EXIST -> state.removeGroup(text(params, "groupUid"));
      case USER_DOES_NOT_EXIST -> state.removeUser(id(params, "userId"));
      case USER_MAY_NOT_MANAGE_GROUP -> state.revokeRights(id(params, "userId"), text(params, "groupUid"));
      case TARIFF_WITHOUT_GROUPS -> state.setGroupsInTariff(
          params.getOrDefault("company", DEFAULT_COMPANY), false);
      case TOKEN_IS_INVALID -> state.removeToken(params.getOrDefault("token", DEFAULT_INVALID_TOKEN));
      case RATE_LIMIT_EXHAUSTED -> admin.exhaustRateLimit(params.getOrDefault("token", DEFAULT_TOKEN));
      case NEXT_REQUEST_REJECTED_AS_MALFORMED -> admin.answerNextAsDocumented(text(params, "operationId"), 400);
      case NEXT_REQUEST_ANSWERED_WITH_DOCUMENTED_STATUS ->
          admin.answerNextAsDocumented(text(params, "operationId"), status(text(params, "status")));
    }
  }

  private static int status(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("provider state parameter 'status' must be an HTTP status, got '"
          + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'");
    }
  }

  private static String text(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("provider state parameter '" + name + "' is missing");
    }
    return value;
  }

  private static long id(Map<String, String> params, String name) {
    String value = text(params, name);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("provider state parameter '" + name + "' must be a user id, got '"
          + value + "'");
    }
  }
}
