package io.kaitenkit.mock.admin;

import io.kaitenkit.spec.Placeholders;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provider states the mock understands: plain sentences with parameters, shared by Pact consumers
 * ({@code given(...)}), provider {@code @State} handlers and {@code POST /__admin/provider-states}.
 * A sentence carries its parameters in place ({@code user 42 is a member of group developers}); Pact's
 * {@code params} may give or override them by name.
 */
public enum ProviderState {
  /** Makes the user a member of the group. */
  USER_IS_MEMBER("user {userId} is a member of group {groupUid}"),
  /** Ends the user's membership in the group, if any. */
  USER_IS_NOT_MEMBER("user {userId} is not a member of group {groupUid}"),
  /** Removes the group, so that every call on it answers 404. */
  GROUP_DOES_NOT_EXIST("group {groupUid} does not exist"),
  /**
   * Makes sure the group exists: creates it in company {@code company} (default {@code acme}) when
   * missing, named {@code name} (default its uid); an existing group is renamed when {@code name} is given.
   */
  GROUP_EXISTS("group {groupUid} exists"),
  /** Makes the user an admin of the group (an admin need not be a member). */
  USER_IS_ADMIN("user {userId} is an admin of group {groupUid}"),
  /** Ends the user's administration of the group, if any. */
  USER_IS_NOT_ADMIN("user {userId} is not an admin of group {groupUid}"),
  /**
   * Takes from the user of {@code token} (default {@code demo-admin-token}) company admin, their own
   * permission bit 1 and membership of the groups that grant it: every {@code /company/groups} call is 403.
   */
  TOKEN_USER_MAY_NOT_MANAGE_GROUPS("the token's user may not manage groups"),
  /** Deactivates the user of {@code token} (default {@code demo-admin-token}): 403, role 3. */
  TOKEN_USER_IS_DEACTIVATED("the token's user is deactivated"),
  /** Removes the user, their memberships and tokens. */
  USER_DOES_NOT_EXIST("user {userId} does not exist"),
  /** Takes away every right the user has over the group: company admin, permission bits, group admin. */
  USER_MAY_NOT_MANAGE_GROUP("user {userId} may not manage group {groupUid}"),
  /** Switches off the user-groups feature of the tariff of company {@code company} (default {@code acme}). */
  TARIFF_WITHOUT_GROUPS("the company tariff does not include groups"),
  /** Makes sure the token is unknown (default {@code unknown-token}). */
  TOKEN_IS_INVALID("the token is invalid"),
  /** Turns the rate limit on (5 a second unless set) and uses up the token's current second. */
  RATE_LIMIT_EXHAUSTED("the rate limit is exhausted"),
  /**
   * Answers the next request to the operation with its documented 400 example, as the mock does for a
   * malformed request; lets a consumer whose client cannot send a malformed request record the 400.
   */
  NEXT_REQUEST_REJECTED_AS_MALFORMED("the next request to {operationId} is rejected as malformed"),
  /**
   * Answers the next request to the operation with the documented example of the status, as
   * {@code Prefer: code=N} does; lets a pact record a status that no state of the data reaches (a 404 of
   * {@code GET /users/current}, say).
   */
  NEXT_REQUEST_ANSWERED_WITH_DOCUMENTED_STATUS("the next request to {operationId} is answered with its documented {status}");

  private final String template;
  private final Pattern pattern;
  private final List<String> parameterNames;

  ProviderState(String template) {
    this.template = template;
    this.pattern = Placeholders.pattern(template, "\\S+");
    this.parameterNames = Placeholders.names(template);
  }

  /** The sentence with its placeholders, e.g. {@code user {userId} is a member of group {groupUid}}. */
  public String template() {
    return template;
  }

  public List<String> parameterNames() {
    return parameterNames;
  }

  /** The sentence with values in place: {@code USER_IS_MEMBER.sentence(42, "developers")}. */
  public String sentence(Object... values) {
    if (values.length != parameterNames.size()) {
      throw new IllegalArgumentException(name() + " takes " + parameterNames + ", got " + values.length + " values");
    }
    return Placeholders.fill(template, name -> String.valueOf(values[parameterNames.indexOf(name)]));
  }

  /** The state a sentence names, with the parameters it carries; empty when no state matches. */
  public static Optional<Match> match(String sentence) {
    for (ProviderState state : values()) {
      Matcher matcher = state.pattern.matcher(sentence.strip());
      if (matcher.matches()) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < state.parameterNames.size(); i++) {
          params.put(state.parameterNames.get(i), matcher.group(i + 1));
        }
        return Optional.of(new Match(state, params));
      }
    }
    return Optional.empty();
  }

  /** Every template, for error messages and the README. */
  public static List<String> templates() {
    return Arrays.stream(values()).map(ProviderState::template).toList();
  }

  /** A sentence matched to its state. */
  public record Match(ProviderState state, Map<String, String> params) {
    public Match {
      params = Map.copyOf(params);
    }
  }
}
