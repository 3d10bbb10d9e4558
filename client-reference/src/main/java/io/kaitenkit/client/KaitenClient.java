package io.kaitenkit.client;

import static java.util.Objects.requireNonNull;

import io.kaitenkit.client.KaitenResult.Plain;
import io.kaitenkit.client.KaitenResult.Search;
import io.kaitenkit.client.KaitenResult.WithBadRequest;
import io.kaitenkit.client.KaitenResult.WithTariff;
import io.kaitenkit.client.internal.Futures;
import io.kaitenkit.client.internal.Operation;
import io.kaitenkit.client.internal.RequestFactory;
import io.kaitenkit.client.internal.Transport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A client of Kaiten's groups area: groups, their members and admins, the current user and the users list.
 *
 * <p>Every call answers a {@link KaitenResult}: {@link KaitenResult.Ok} or a record per documented failure,
 * typed so that only the outcomes the operation documents can come back. An {@link IOException}
 * (or, for the {@code ...Async} variants, a future failed with one) means only that talking to the server
 * failed: refused, reset, or timed out. Arguments are checked before anything is sent.
 *
 * <p>Instances are immutable and thread-safe; share one. They hold one HTTP/1.1 {@link HttpClient}.
 *
 * <p>Retries follow the {@link RetryPolicy}: writes (POST, PATCH, DELETE) are never sent twice after a
 * connection failure, and the JVM must not run with {@code -Djdk.httpclient.enableAllMethodRetry}, which
 * would make the JDK's HttpClient resend them by itself.
 *
 * <p>The token appears in the {@code Authorization} header and nowhere else: not in {@code toString()},
 * not in messages, and text that the server sends back is kept with the token replaced.
 */
public final class KaitenClient {
  private final URI baseUri;
  private final Duration timeout;
  private final Duration connectTimeout;
  private final RetryPolicy retryPolicy;
  private final RequestFactory requests;
  private final Transport transport;

  private KaitenClient(Builder builder) {
    this.baseUri = builder.baseUri;
    this.timeout = builder.timeout;
    this.connectTimeout = builder.connectTimeout == null ? builder.timeout : builder.connectTimeout;
    this.retryPolicy = builder.retryPolicy;
    this.requests = new RequestFactory(baseUri, builder.token, timeout);
    this.transport = Transport.create(retryPolicy, timeout, connectTimeout, builder.executor, requests);
  }

  /** A builder; {@link Builder#baseUri(URI) baseUri} and {@link Builder#token(String) token} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URI the paths are resolved against, e.g. {@code https://acme.kaiten.ru/api/latest}. */
  public URI baseUri() {
    return baseUri;
  }

  /** GET {@code /company/groups}: the company's groups, ordered by id. */
  public WithBadRequest<List<Group>> listGroups(ListGroupsQuery query) throws IOException, InterruptedException {
    return Futures.await(listGroupsAsync(query));
  }

  /** {@link #listGroups(ListGroupsQuery)} with no parameters. */
  public WithBadRequest<List<Group>> listGroups() throws IOException, InterruptedException {
    return listGroups(ListGroupsQuery.all());
  }

  /** {@link #listGroups(ListGroupsQuery)} without blocking. */
  public CompletableFuture<WithBadRequest<List<Group>>> listGroupsAsync(ListGroupsQuery query) {
    requireNonNull(query, "query == null");
    return transport.call(Operation.LIST_GROUPS, requests.listGroups(query));
  }

  /** POST {@code /company/groups}: creates a group; Kaiten answers it with 200, not 201. */
  public WithTariff<Group> createGroup(NewGroup group) throws IOException, InterruptedException {
    return Futures.await(createGroupAsync(group));
  }

  /** {@link #createGroup(NewGroup)} without blocking. */
  public CompletableFuture<WithTariff<Group>> createGroupAsync(NewGroup group) {
    requireNonNull(group, "group == null");
    return transport.call(Operation.CREATE_GROUP, requests.createGroup(group));
  }

  /** GET {@code /company/groups/{uid}}: one group. */
  public Plain<Group> getGroup(String uid) throws IOException, InterruptedException {
    return Futures.await(getGroupAsync(uid));
  }

  /** {@link #getGroup(String)} without blocking. */
  public CompletableFuture<Plain<Group>> getGroupAsync(String uid) {
    Checks.uid(uid, "uid");
    return transport.call(Operation.GET_GROUP, requests.getGroup(uid));
  }

  /** PATCH {@code /company/groups/{uid}}: changes the attributes the update gives; answers the group. */
  public WithTariff<Group> updateGroup(String uid, GroupUpdate update) throws IOException, InterruptedException {
    return Futures.await(updateGroupAsync(uid, update));
  }

  /** {@link #updateGroup(String, GroupUpdate)} without blocking. */
  public CompletableFuture<WithTariff<Group>> updateGroupAsync(String uid, GroupUpdate update) {
    Checks.uid(uid, "uid");
    requireNonNull(update, "update == null");
    return transport.call(Operation.UPDATE_GROUP, requests.updateGroup(uid, update));
  }

  /** DELETE {@code /company/groups/{uid}}: removes the group with its members and admins; answers it. */
  public Plain<Group> removeGroup(String uid) throws IOException, InterruptedException {
    return Futures.await(removeGroupAsync(uid));
  }

  /** {@link #removeGroup(String)} without blocking. */
  public CompletableFuture<Plain<Group>> removeGroupAsync(String uid) {
    Checks.uid(uid, "uid");
    return transport.call(Operation.REMOVE_GROUP, requests.removeGroup(uid));
  }

  /** GET {@code /groups/{group_uid}/users}: the members of the group, ordered by id. */
  public WithBadRequest<List<UserExtended>> listGroupUsers(String groupUid) throws IOException, InterruptedException {
    return Futures.await(listGroupUsersAsync(groupUid));
  }

  /** {@link #listGroupUsers(String)} without blocking. */
  public CompletableFuture<WithBadRequest<List<UserExtended>>> listGroupUsersAsync(String groupUid) {
    Checks.uid(groupUid, "groupUid");
    return transport.call(Operation.LIST_GROUP_USERS, requests.listMembers(groupUid, "users"));
  }

  /** POST {@code /groups/{group_uid}/users}: makes the user a member of the group; answers the user. */
  public WithTariff<User> addUserToGroup(String groupUid, long userId) throws IOException, InterruptedException {
    return Futures.await(addUserToGroupAsync(groupUid, userId));
  }

  /** {@link #addUserToGroup(String, long)} without blocking. */
  public CompletableFuture<WithTariff<User>> addUserToGroupAsync(String groupUid, long userId) {
    Checks.member(groupUid, userId);
    return transport.call(Operation.ADD_USER_TO_GROUP, requests.addMember(groupUid, "users", userId));
  }

  /** DELETE {@code /groups/{group_uid}/users/{user_id}}: ends the user's membership; answers the user. */
  public WithTariff<User> removeUserFromGroup(String groupUid, long userId) throws IOException, InterruptedException {
    return Futures.await(removeUserFromGroupAsync(groupUid, userId));
  }

  /** {@link #removeUserFromGroup(String, long)} without blocking. */
  public CompletableFuture<WithTariff<User>> removeUserFromGroupAsync(String groupUid, long userId) {
    Checks.member(groupUid, userId);
    return transport.call(Operation.REMOVE_USER_FROM_GROUP, requests.removeMember(groupUid, "users", userId));
  }

  /** GET {@code /groups/{group_uid}/admins}: the admins of the group. */
  public Plain<List<UserExtended>> listGroupAdmins(String groupUid) throws IOException, InterruptedException {
    return Futures.await(listGroupAdminsAsync(groupUid));
  }

  /** {@link #listGroupAdmins(String)} without blocking. */
  public CompletableFuture<Plain<List<UserExtended>>> listGroupAdminsAsync(String groupUid) {
    Checks.uid(groupUid, "groupUid");
    return transport.call(Operation.LIST_GROUP_ADMINS, requests.listMembers(groupUid, "admins"));
  }

  /** POST {@code /groups/{group_uid}/admins}: makes the user an admin of the group; answers the user. */
  public WithTariff<User> addAdminToGroup(String groupUid, long userId) throws IOException, InterruptedException {
    return Futures.await(addAdminToGroupAsync(groupUid, userId));
  }

  /** {@link #addAdminToGroup(String, long)} without blocking. */
  public CompletableFuture<WithTariff<User>> addAdminToGroupAsync(String groupUid, long userId) {
    Checks.member(groupUid, userId);
    return transport.call(Operation.ADD_ADMIN_TO_GROUP, requests.addMember(groupUid, "admins", userId));
  }

  /** DELETE {@code /groups/{group_uid}/admins/{user_id}}: the user stops being an admin; answers the user. */
  public WithTariff<User> removeAdminFromGroup(String groupUid, long userId) throws IOException, InterruptedException {
    return Futures.await(removeAdminFromGroupAsync(groupUid, userId));
  }

  /** {@link #removeAdminFromGroup(String, long)} without blocking. */
  public CompletableFuture<WithTariff<User>> removeAdminFromGroupAsync(String groupUid, long userId) {
    Checks.member(groupUid, userId);
    return transport.call(Operation.REMOVE_ADMIN_FROM_GROUP, requests.removeMember(groupUid, "admins", userId));
  }

  /** GET {@code /users/current}: the user the token belongs to. */
  public Plain<CurrentUser> getCurrentUser() throws IOException, InterruptedException {
    return Futures.await(getCurrentUserAsync());
  }

  /** {@link #getCurrentUser()} without blocking. */
  public CompletableFuture<Plain<CurrentUser>> getCurrentUserAsync() {
    return transport.call(Operation.GET_CURRENT_USER, requests.getCurrentUser());
  }

  /** GET {@code /users}: the company's users the token's user may see, ordered by id. */
  public Search<List<UsersListRow>> listUsers(ListUsersQuery query) throws IOException, InterruptedException {
    return Futures.await(listUsersAsync(query));
  }

  /** {@link #listUsers(ListUsersQuery)} with no parameters. */
  public Search<List<UsersListRow>> listUsers() throws IOException, InterruptedException {
    return listUsers(ListUsersQuery.all());
  }

  /** {@link #listUsers(ListUsersQuery)} without blocking. */
  public CompletableFuture<Search<List<UsersListRow>>> listUsersAsync(ListUsersQuery query) {
    requireNonNull(query, "query == null");
    return transport.call(Operation.LIST_USERS, requests.listUsers(query));
  }

  @Override
  public String toString() {
    return "KaitenClient{baseUri=" + baseUri + ", timeout=" + timeout + ", connectTimeout=" + connectTimeout
        + ", retryPolicy=" + retryPolicy + "}";
  }

  /** Builds a {@link KaitenClient}. Not thread-safe; the client it builds is. */
  public static final class Builder {
    private URI baseUri;
    private String token;
    private Duration timeout = Duration.ofSeconds(30);
    private Duration connectTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Executor executor;

    private Builder() {}

    /** Where the API is, e.g. {@code https://acme.kaiten.ru/api/latest}: absolute http or https. */
    public Builder baseUri(URI baseUri) {
      Checks.baseUri(baseUri);
      this.baseUri = baseUri;
      return this;
    }

    /** {@link #baseUri(URI)} from text. */
    public Builder baseUri(String baseUri) {
      requireNonNull(baseUri, "baseUri == null");
      return baseUri(URI.create(baseUri));
    }

    /** The API token from the user's Kaiten profile, sent as {@code Authorization: Bearer <token>}. */
    public Builder token(String token) {
      Checks.token(token);
      this.token = token;
      return this;
    }

    /** How long one attempt may take, from connecting to the last byte of the answer; 30 s by default. */
    public Builder timeout(Duration timeout) {
      this.timeout = Checks.positive(timeout, "timeout");
      return this;
    }

    /** How long connecting may take; the {@link #timeout(Duration) timeout} by default. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Checks.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** When to send a request again; {@link RetryPolicy#defaults()} by default. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /** The executor the HttpClient runs its tasks on, and so completes the async futures on. */
    public Builder executor(Executor executor) {
      this.executor = requireNonNull(executor, "executor == null");
      return this;
    }

    /** The client. */
    public KaitenClient build() {
      if (baseUri == null) {
        throw new IllegalStateException("baseUri is required");
      }
      if (token == null) {
        throw new IllegalStateException("token is required");
      }
      return new KaitenClient(this);
    }

    @Override
    public String toString() {
      return "KaitenClient.Builder{baseUri=" + baseUri + ", token=" + (token == null ? "unset" : "[redacted]")
          + ", timeout=" + timeout + ", connectTimeout=" + connectTimeout + ", retryPolicy=" + retryPolicy + "}";
    }

  }
}
