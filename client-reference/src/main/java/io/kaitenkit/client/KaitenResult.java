package io.kaitenkit.client;

import static java.util.Objects.requireNonNull;

import io.kaitenkit.client.internal.Text;
import java.time.Instant;
import java.util.List;

/**
 * What Kaiten answered to one call: one record per documented status, so that "the server said no" is a
 * value to handle rather than an exception to catch.
 *
 * <p>One generic sealed interface serves all three operations because their failure statuses are the
 * same: each failure record exists once and takes the operation's success type {@code T} as a type
 * argument only. The success records fix {@code T}: {@link Listed} is a {@code KaitenResult<List<User>>},
 * {@link Added} and {@link Removed} are {@code KaitenResult<User>}. A status the operation does not
 * document (402 to {@code listGroupUsers}, a 500 from a proxy) comes back as {@link Unexpected}, and a 200
 * whose body is not what the contract promises as {@link MalformedBody}.
 *
 * <p>Handle the cases with {@code instanceof}, or call {@link #orThrow()} when anything but success is a bug:
 *
 * <pre>{@code
 * KaitenResult<User> result = client.removeUserFromGroup("developers", 42);
 * if (result instanceof KaitenResult.Removed removed) { ... removed.user() ... }
 * else if (result instanceof KaitenResult.NotFound) { ... }
 * else { result.orThrow(); }
 * }</pre>
 *
 * @param <T> what the call answers on success: {@code User} or {@code List<User>}
 */
public sealed interface KaitenResult<T> {

  /** The HTTP status of the answer. */
  int code();

  /** The value of a successful answer; otherwise throws a {@link KaitenApiException} that says what happened. */
  T orThrow();

  /** 200 to {@code listGroupUsers}: the members of the group, ordered by id. */
  record Listed(List<User> users) implements KaitenResult<List<User>> {
    public Listed {
      users = List.copyOf(users);
    }

    @Override
    public int code() {
      return 200;
    }

    @Override
    public List<User> orThrow() {
      return users;
    }

    @Override
    public String toString() {
      return "HTTP 200 Listed " + users;
    }
  }

  /** 200 to {@code addUserToGroup}: the user is a member of the group now. */
  record Added(User user) implements KaitenResult<User> {
    public Added {
      requireNonNull(user, "user == null");
    }

    @Override
    public int code() {
      return 200;
    }

    @Override
    public User orThrow() {
      return user;
    }

    @Override
    public String toString() {
      return "HTTP 200 Added " + user;
    }
  }

  /** 200 to {@code removeUserFromGroup}: the user, who is no longer a member of the group. */
  record Removed(User user) implements KaitenResult<User> {
    public Removed {
      requireNonNull(user, "user == null");
    }

    @Override
    public int code() {
      return 200;
    }

    @Override
    public User orThrow() {
      return user;
    }

    @Override
    public String toString() {
      return "HTTP 200 Removed " + user;
    }
  }

  /**
   * 400: the request was malformed or invalid; the message says why. Kaiten documents it for
   * {@code addUserToGroup}; for the other two only the kit's mock sends it.
   */
  record BadRequest<T>(String message) implements KaitenResult<T> {
    public BadRequest {
      requireNonNull(message, "message == null");
    }

    @Override
    public int code() {
      return 400;
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this, message);
    }

    @Override
    public String toString() {
      return "HTTP 400 BadRequest: " + message;
    }
  }

  /** 401: the token is missing, malformed or unknown. */
  record Unauthorized<T>() implements KaitenResult<T> {
    @Override
    public int code() {
      return 401;
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this, "Invalid token: the token is missing, malformed or unknown");
    }

    @Override
    public String toString() {
      return "HTTP 401 Unauthorized";
    }
  }

  /** 402: the company's tariff does not include user groups. */
  record TariffLimited<T>(String message) implements KaitenResult<T> {
    public TariffLimited {
      requireNonNull(message, "message == null");
    }

    @Override
    public int code() {
      return 402;
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this, message);
    }

    @Override
    public String toString() {
      return "HTTP 402 TariffLimited: " + message;
    }
  }

  /** 403: the token's user may not manage the members of this group. */
  record Forbidden<T>() implements KaitenResult<T> {
    @Override
    public int code() {
      return 403;
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this, "Forbidden: the token's user may not manage this group's members");
    }

    @Override
    public String toString() {
      return "HTTP 403 Forbidden";
    }
  }

  /** 404: the group or the user does not exist, or the user is not a member of the group. */
  record NotFound<T>() implements KaitenResult<T> {
    @Override
    public int code() {
      return 404;
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(
          this, "Not Found: the group or the user does not exist, or the user is not a member of the group");
    }

    @Override
    public String toString() {
      return "HTTP 404 NotFound";
    }
  }

  /**
   * 429: the token sent more requests than the rate limit allows.
   *
   * @param remaining requests left in the current window ({@code X-RateLimit-Remaining}); 0 when not sent
   * @param reset when the window ends ({@code X-RateLimit-Reset}), or null when not sent or unreadable
   */
  record RateLimited<T>(int remaining, Instant reset) implements KaitenResult<T> {
    @Override
    public int code() {
      return 429;
    }

    @Override
    public T orThrow() {
      String when = reset == null ? "at an unknown time" : "at " + reset;
      throw new KaitenApiException(
          this, "Too Many Requests: " + remaining + " requests left, the window ends " + when);
    }

    @Override
    public String toString() {
      return "HTTP 429 RateLimited remaining=" + remaining + " reset=" + reset;
    }
  }

  /**
   * 200 whose body is not what the contract promises: not JSON, a required attribute missing or of the
   * wrong type. The call may have had its effect; only the answer cannot be read.
   *
   * @param problem what is wrong, e.g. {@code body is not a User: attribute 'email' is missing}
   * @param body the body as received
   */
  record MalformedBody<T>(String problem, String body) implements KaitenResult<T> {
    public MalformedBody {
      requireNonNull(problem, "problem == null");
      requireNonNull(body, "body == null");
    }

    @Override
    public int code() {
      return 200;
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this, problem);
    }

    @Override
    public String toString() {
      return "HTTP 200 MalformedBody: " + problem + "; body: " + Text.excerpt(body);
    }
  }

  /**
   * A status the operation does not document, such as a 500 or a 502 from a proxy.
   *
   * @param code the status
   * @param body the body as received, empty when there was none
   */
  record Unexpected<T>(int code, String body) implements KaitenResult<T> {
    public Unexpected {
      requireNonNull(body, "body == null");
    }

    @Override
    public T orThrow() {
      throw new KaitenApiException(this, "undocumented status, body: " + Text.excerpt(body));
    }

    @Override
    public String toString() {
      return "HTTP " + code + " Unexpected, body: " + Text.excerpt(body);
    }
  }
}
