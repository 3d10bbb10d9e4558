package io.kaitenkit.client.internal;

import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.User;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** One of the three group-users operations: its method, its documented statuses, its answer on success. */
public final class Operation<T> {
  /** GET {@code /groups/{group_uid}/users}. */
  public static final Operation<List<User>> LIST_GROUP_USERS = new Operation<>(
      "GET", Set.of(400, 401, 403, 404, 429), body -> new KaitenResult.Listed(Json.users(body)));

  /** POST {@code /groups/{group_uid}/users}. */
  public static final Operation<User> ADD_USER_TO_GROUP = new Operation<>(
      "POST", Set.of(400, 401, 402, 403, 404, 429), body -> new KaitenResult.Added(Json.user(body)));

  /** DELETE {@code /groups/{group_uid}/users/{user_id}}. */
  public static final Operation<User> REMOVE_USER_FROM_GROUP = new Operation<>(
      "DELETE", Set.of(400, 401, 402, 403, 404, 429), body -> new KaitenResult.Removed(Json.user(body)));

  private final String method;
  private final Set<Integer> documentedFailures;
  private final SuccessReader<T> success;

  private Operation(String method, Set<Integer> documentedFailures, SuccessReader<T> success) {
    this.method = method;
    this.documentedFailures = documentedFailures;
    this.success = success;
  }

  /** Whether the request changes state on the server, so that sending it twice may not be harmless. */
  boolean isWrite() {
    return !method.equals("GET");
  }

  /**
   * The result for an answer. Text the server sent goes through {@code redact} before it is kept, in
   * case an error page echoes the request's {@code Authorization} header.
   */
  KaitenResult<T> result(HttpResponse<String> response, UnaryOperator<String> redact) {
    int code = response.statusCode();
    String body = response.body() == null ? "" : response.body();
    if (code == 200) {
      try {
        return success.read(body);
      } catch (MalformedJsonException e) {
        return new KaitenResult.MalformedBody<>(redact.apply(e.getMessage()), redact.apply(body));
      }
    }
    if (!documentedFailures.contains(code)) {
      return new KaitenResult.Unexpected<>(code, redact.apply(body));
    }
    switch (code) {
      case 400:
        return new KaitenResult.BadRequest<>(redact.apply(Json.message(body, "Bad Request")));
      case 401:
        return new KaitenResult.Unauthorized<>();
      case 402:
        return new KaitenResult.TariffLimited<>(redact.apply(Json.message(body, "Payment Required")));
      case 403:
        return new KaitenResult.Forbidden<>();
      case 404:
        return new KaitenResult.NotFound<>();
      case 429:
        return new KaitenResult.RateLimited<>(
            RateLimitHeaders.remaining(response.headers()), RateLimitHeaders.reset(response.headers()));
      default:
        return new KaitenResult.Unexpected<>(code, redact.apply(body));
    }
  }

  @Override
  public String toString() {
    return method;
  }

  @FunctionalInterface
  private interface SuccessReader<T> {
    KaitenResult<T> read(String body) throws MalformedJsonException;
  }
}
