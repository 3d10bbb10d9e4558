package io.kaitenkit.contract;

import io.kaitenkit.client.KaitenClient;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.RetryPolicy;
import io.kaitenkit.client.User;
import io.kaitenkit.client.UserExtended;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A real Kaiten space to verify the pacts against, configured by environment variables:
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>{@code KAITEN_BASE_URL}</td><td>the API, e.g. {@code https://acme.kaiten.ru/api/latest}</td></tr>
 *   <tr><td>{@code KAITEN_TOKEN}</td><td>a token of a user who may manage the group's members</td></tr>
 *   <tr><td>{@code KAITEN_GROUP_UID}</td><td>a group the checks may add the user to and remove them from</td></tr>
 *   <tr><td>{@code KAITEN_USER_ID}</td><td>a user of the company whom the checks add and remove</td></tr>
 *   <tr><td>{@code KAITEN_NO_PERMISSION_TOKEN}</td><td>optional: a token of a user who may not manage the
 *       group, for the 403 interactions (skipped without it)</td></tr>
 * </table>
 */
record RealKaiten(URI baseUrl, String token, String groupUid, long userId, String noPermissionToken) {
  static final String BASE_URL = "KAITEN_BASE_URL";
  static final String TOKEN = "KAITEN_TOKEN";
  static final String GROUP_UID = "KAITEN_GROUP_UID";
  static final String USER_ID = "KAITEN_USER_ID";
  static final String NO_PERMISSION_TOKEN = "KAITEN_NO_PERMISSION_TOKEN";

  /** Why the real API is not verified when it is not configured. */
  static final String OFF = "Real Kaiten verification is off: set " + BASE_URL + " and " + TOKEN
      + " (with " + GROUP_UID + " and " + USER_ID + ") to verify the pacts against a real Kaiten space";

  /** A group uid that no space has, for the 404 of a missing group. */
  static final String MISSING_GROUP_UID = "kaiten-contract-kit-no-such-group";
  /** A user id that no space has, for the 404 of a missing user. */
  static final long MISSING_USER_ID = 2_147_483_647L;
  /** A token that Kaiten does not know, for the 401s. */
  static final String INVALID_TOKEN = "kaiten-contract-kit-invalid-token";

  /** Kaiten allows 5 requests a second per token; the checks keep below that, so that no 429 fails them. */
  private static final long MILLIS_BETWEEN_REQUESTS = 250;
  private static long lastRequestAt;

  /**
   * The space the environment names; empty when {@code KAITEN_BASE_URL} or {@code KAITEN_TOKEN} is unset.
   *
   * @throws IllegalStateException when the verification is switched on but an id it needs is missing
   */
  static Optional<RealKaiten> fromEnvironment(Function<String, String> env) {
    String baseUrl = blankToNull(env.apply(BASE_URL));
    String token = blankToNull(env.apply(TOKEN));
    if (baseUrl == null || token == null) {
      return Optional.empty();
    }
    List<String> missing = new ArrayList<>();
    String groupUid = blankToNull(env.apply(GROUP_UID));
    String userId = blankToNull(env.apply(USER_ID));
    if (groupUid == null) {
      missing.add(GROUP_UID);
    }
    if (userId == null) {
      missing.add(USER_ID);
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(BASE_URL + " and " + TOKEN + " are set, so the pacts are verified against "
          + baseUrl + ", which needs " + String.join(" and ", missing) + " too");
    }
    long id;
    try {
      id = Long.parseLong(userId.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(USER_ID + " must be a user id, got '" + userId + "'", e);
    }
    return Optional.of(new RealKaiten(URI.create(baseUrl.replaceAll("/+$", "")), token, groupUid, id,
        blankToNull(env.apply(NO_PERMISSION_TOKEN))));
  }

  /** The base URL's path, {@code /api/latest} for Kaiten, that replaces the pacts' base path. */
  String basePath() {
    return baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
  }

  int port() {
    if (baseUrl.getPort() != -1) {
      return baseUrl.getPort();
    }
    return "https".equalsIgnoreCase(baseUrl.getScheme()) ? 443 : 80;
  }

  /** Whether the user is a member of the group now. */
  boolean isMember() throws IOException, InterruptedException {
    pace();
    List<UserExtended> members = client().listGroupUsers(groupUid).orThrow();
    return members.stream().anyMatch(user -> user.id() == userId);
  }

  /** Makes the user a member of the group, through the API's own add call. */
  void addUser() throws IOException, InterruptedException {
    pace();
    client().addUserToGroup(groupUid, userId).orThrow();
  }

  /** Ends the user's membership, through the API's own remove call; a 404 means it had none. */
  void removeUser() throws IOException, InterruptedException {
    pace();
    KaitenResult<User> result = client().removeUserFromGroup(groupUid, userId);
    if (!(result instanceof KaitenResult.NotFound<User>)) {
      result.orThrow();
    }
  }

  /** Waits until the next request keeps the checks under Kaiten's rate limit. */
  static synchronized void pace() throws InterruptedException {
    long wait = lastRequestAt + MILLIS_BETWEEN_REQUESTS - System.currentTimeMillis();
    if (wait > 0) {
      TimeUnit.MILLISECONDS.sleep(wait);
    }
    lastRequestAt = System.currentTimeMillis();
  }

  private KaitenClient client() {
    return KaitenClient.builder()
        .baseUri(baseUrl)
        .token(token)
        .timeout(Duration.ofSeconds(20))
        .retryPolicy(RetryPolicy.builder().retryWritesOnRateLimit(true).build())
        .build();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  @Override
  public String toString() {
    return "RealKaiten{" + baseUrl + ", group " + groupUid + ", user " + userId + "}";
  }
}
