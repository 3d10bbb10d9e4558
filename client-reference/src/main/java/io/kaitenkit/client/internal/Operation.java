package io.kaitenkit.client.internal;

import io.kaitenkit.client.CurrentUser;
import io.kaitenkit.client.Group;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.KaitenResult.Plain;
import io.kaitenkit.client.KaitenResult.Search;
import io.kaitenkit.client.KaitenResult.WithBadRequest;
import io.kaitenkit.client.KaitenResult.WithTariff;
import io.kaitenkit.client.User;
import io.kaitenkit.client.UserExtended;
import io.kaitenkit.client.UsersListRow;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One of the thirteen operations: its id, method, documented failures and answer on success.
 *
 * @param <T> the value of a success
 * @param <R> the result type, one of {@link KaitenResult}'s four sealed subtypes
 */
public final class Operation<T, R extends KaitenResult<T>> {
  public static final Operation<List<Group>, WithBadRequest<List<Group>>> LIST_GROUPS =
      new Operation<>("listGroups", "GET", Failures.WITH_BAD_REQUEST, body -> Json.list(body, Group.class, "groups"));
  public static final Operation<Group, WithTariff<Group>> CREATE_GROUP =
      new Operation<>("createGroup", "POST", Failures.WITH_TARIFF, body -> Json.object(body, Group.class, "a Group"));
  public static final Operation<Group, Plain<Group>> GET_GROUP =
      new Operation<>("getGroup", "GET", Failures.PLAIN, body -> Json.object(body, Group.class, "a Group"));
  public static final Operation<Group, WithTariff<Group>> UPDATE_GROUP =
      new Operation<>("updateGroup", "PATCH", Failures.WITH_TARIFF, body -> Json.object(body, Group.class, "a Group"));
  public static final Operation<Group, Plain<Group>> REMOVE_GROUP =
      new Operation<>("removeGroup", "DELETE", Failures.PLAIN, body -> Json.object(body, Group.class, "a Group"));
  public static final Operation<List<UserExtended>, WithBadRequest<List<UserExtended>>> LIST_GROUP_USERS =
      new Operation<>("listGroupUsers", "GET", Failures.WITH_BAD_REQUEST,
          body -> Json.list(body, UserExtended.class, "users"));
  public static final Operation<User, WithTariff<User>> ADD_USER_TO_GROUP =
      new Operation<>("addUserToGroup", "POST", Failures.WITH_TARIFF, body -> Json.object(body, User.class, "a User"));
  public static final Operation<User, WithTariff<User>> REMOVE_USER_FROM_GROUP =
      new Operation<>("removeUserFromGroup", "DELETE", Failures.WITH_TARIFF,
          body -> Json.object(body, User.class, "a User"));
  public static final Operation<List<UserExtended>, Plain<List<UserExtended>>> LIST_GROUP_ADMINS =
      new Operation<>("listGroupAdmins", "GET", Failures.PLAIN, body -> Json.list(body, UserExtended.class, "users"));
  public static final Operation<User, WithTariff<User>> ADD_ADMIN_TO_GROUP =
      new Operation<>("addAdminToGroup", "POST", Failures.WITH_TARIFF, body -> Json.object(body, User.class, "a User"));
  public static final Operation<User, WithTariff<User>> REMOVE_ADMIN_FROM_GROUP =
      new Operation<>("removeAdminFromGroup", "DELETE", Failures.WITH_TARIFF,
          body -> Json.object(body, User.class, "a User"));
  public static final Operation<CurrentUser, Plain<CurrentUser>> GET_CURRENT_USER =
      new Operation<>("getCurrentUser", "GET", Failures.PLAIN,
          body -> Json.object(body, CurrentUser.class, "a CurrentUser"));
  public static final Operation<List<UsersListRow>, Search<List<UsersListRow>>> LIST_USERS =
      new Operation<>("listUsers", "GET", Failures.SEARCH, body -> Json.list(body, UsersListRow.class, "users"));

  private final String id;
  private final String method;
  private final Failures failures;
  private final BodyReader<T> success;

  private Operation(String id, String method, Failures failures, BodyReader<T> success) {
    this.id = id;
    this.method = method;
    this.failures = failures;
    this.success = success;
  }

  /** The contract's operation id, e.g. {@code removeUserFromGroup}. */
  public String id() {
    return id;
  }

  /** Whether the request changes state on the server, so that sending it twice may not be harmless. */
  boolean isWrite() {
    return !method.equals("GET");
  }

  /**
   * The result for an answer. Text the server sent goes through {@code redact} before it is kept, in
   * case an error page echoes the request's {@code Authorization} header.
   */
  R result(HttpResponse<String> response, UnaryOperator<String> redact) {
    KaitenResult<T> result = read(response, redact);
    if (!failures.type().isInstance(result)) {
      throw new IllegalStateException(id + " made " + result + ", which is no " + failures.type().getSimpleName());
    }
    @SuppressWarnings("unchecked") // R is failures.type() of T; checked just above for the erased type
    R typed = (R) result;
    return typed;
  }

  private KaitenResult<T> read(HttpResponse<String> response, UnaryOperator<String> redact) {
    int code = response.statusCode();
    HttpHeaders headers = response.headers();
    String body = response.body() == null ? "" : response.body();
    if (code == 200) {
      try {
        return new KaitenResult.Ok<>(success.read(body), headers);
      } catch (MalformedJsonException e) {
        return new KaitenResult.MalformedBody<>(redact.apply(e.getMessage()), redact.apply(body), headers);
      }
    }
    if (!failures.documents(code)) {
      return new KaitenResult.Unexpected<>(code, redact.apply(body), headers);
    }
    switch (code) {
      case 400:
        return new KaitenResult.BadRequest<>(redact.apply(Json.message(body, "Bad Request")), headers);
      case 401:
        return new KaitenResult.Unauthorized<>(headers);
      case 402:
        return new KaitenResult.TariffLimited<>(redact.apply(Json.message(body, "Payment Required")), headers);
      case 403:
        return new KaitenResult.Forbidden<>(headers);
      case 404:
        return new KaitenResult.NotFound<>(headers);
      case 429:
        return new KaitenResult.RateLimited<>(
            RateLimitHeaders.remaining(headers), RateLimitHeaders.reset(headers), headers);
      default:
        return new KaitenResult.Unexpected<>(code, redact.apply(body), headers);
    }
  }

  @Override
  public String toString() {
    return id + " (" + method + ")";
  }

  @FunctionalInterface
  private interface BodyReader<T> {
    T read(String body) throws MalformedJsonException;
  }
}
