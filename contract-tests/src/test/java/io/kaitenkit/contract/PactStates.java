package io.kaitenkit.contract;

import static io.kaitenkit.mock.admin.ProviderState.GROUP_DOES_NOT_EXIST;
import static io.kaitenkit.mock.admin.ProviderState.NEXT_REQUEST_REJECTED_AS_MALFORMED;
import static io.kaitenkit.mock.admin.ProviderState.RATE_LIMIT_EXHAUSTED;
import static io.kaitenkit.mock.admin.ProviderState.TARIFF_WITHOUT_GROUPS;
import static io.kaitenkit.mock.admin.ProviderState.TOKEN_IS_INVALID;
import static io.kaitenkit.mock.admin.ProviderState.USER_DOES_NOT_EXIST;
import static io.kaitenkit.mock.admin.ProviderState.USER_IS_MEMBER;
import static io.kaitenkit.mock.admin.ProviderState.USER_IS_NOT_MEMBER;
import static io.kaitenkit.mock.admin.ProviderState.USER_MAY_NOT_MANAGE_GROUP;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provider states the pacts use, as constants because Pact's {@code @State} needs them at compile time.
 * Each is a sentence of the mock's {@link io.kaitenkit.mock.admin.ProviderState} vocabulary; {@link #vocabulary()}
 * pairs it with the sentence the vocabulary makes, and {@code PactStatesTest} holds them equal.
 */
final class PactStates {
  static final String ALAN_IS_A_DEVELOPER = "user 43 is a member of group developers";
  static final String GRACE_IS_NOT_A_DEVELOPER = "user 44 is not a member of group developers";
  static final String DEVELOPERS_DOES_NOT_EXIST = "group developers does not exist";
  static final String GRACE_DOES_NOT_EXIST = "user 44 does not exist";
  static final String BOB_MAY_NOT_MANAGE_DEVELOPERS = "user 2 may not manage group developers";
  static final String TARIFF_HAS_NO_GROUPS = "the company tariff does not include groups";
  static final String THE_TOKEN_IS_INVALID = "the token is invalid";
  static final String THE_RATE_LIMIT_IS_EXHAUSTED = "the rate limit is exhausted";
  static final String LIST_IS_REJECTED_AS_MALFORMED = "the next request to listGroupUsers is rejected as malformed";
  static final String ADD_IS_REJECTED_AS_MALFORMED = "the next request to addUserToGroup is rejected as malformed";
  static final String REMOVE_IS_REJECTED_AS_MALFORMED =
      "the next request to removeUserFromGroup is rejected as malformed";

  /** The Pact params of {@link #THE_TOKEN_IS_INVALID} and {@link #THE_RATE_LIMIT_IS_EXHAUSTED}. */
  static final Map<String, Object> ADMIN_TOKEN_PARAMS = Map.of("token", Demo.ADMIN_TOKEN);

  private PactStates() {}

  /** Every constant, with the sentence the vocabulary makes for it. */
  static Map<String, String> vocabulary() {
    Map<String, String> sentences = new LinkedHashMap<>();
    sentences.put(ALAN_IS_A_DEVELOPER, USER_IS_MEMBER.sentence(Demo.ALAN, Demo.DEVELOPERS));
    sentences.put(GRACE_IS_NOT_A_DEVELOPER, USER_IS_NOT_MEMBER.sentence(Demo.GRACE, Demo.DEVELOPERS));
    sentences.put(DEVELOPERS_DOES_NOT_EXIST, GROUP_DOES_NOT_EXIST.sentence(Demo.DEVELOPERS));
    sentences.put(GRACE_DOES_NOT_EXIST, USER_DOES_NOT_EXIST.sentence(Demo.GRACE));
    sentences.put(BOB_MAY_NOT_MANAGE_DEVELOPERS,
        USER_MAY_NOT_MANAGE_GROUP.sentence(Demo.NO_PERMISSION_USER, Demo.DEVELOPERS));
    sentences.put(TARIFF_HAS_NO_GROUPS, TARIFF_WITHOUT_GROUPS.sentence());
    sentences.put(THE_TOKEN_IS_INVALID, TOKEN_IS_INVALID.sentence());
    sentences.put(THE_RATE_LIMIT_IS_EXHAUSTED, RATE_LIMIT_EXHAUSTED.sentence());
    sentences.put(LIST_IS_REJECTED_AS_MALFORMED, NEXT_REQUEST_REJECTED_AS_MALFORMED.sentence("listGroupUsers"));
    sentences.put(ADD_IS_REJECTED_AS_MALFORMED, NEXT_REQUEST_REJECTED_AS_MALFORMED.sentence("addUserToGroup"));
    sentences.put(REMOVE_IS_REJECTED_AS_MALFORMED,
        NEXT_REQUEST_REJECTED_AS_MALFORMED.sentence("removeUserFromGroup"));
    return sentences;
  }
}
