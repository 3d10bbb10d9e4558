package io.kaitenkit.client;

import static java.util.Objects.requireNonNull;

import io.kaitenkit.client.internal.Futures;
import io.kaitenkit.client.internal.Operation;
import io.kaitenkit.client.internal.RequestFactory;
import io.kaitenkit.client.internal.Transport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A client of Kaiten's group-users endpoints: list the members of a group, add a user, remove a user.
 *
 * <p>Every call answers a {@link KaitenResult}, one record per documented status. An {@link IOException}
 * (or, for the {@code ...Async} variants, a future failed with one) means only that talking to the server
 * failed: refused, reset, or timed out. Arguments are checked before anything is sent.
 *
 * <p>Instances are immutable and thread-safe; share one. They hold one HTTP/1.1 {@link HttpClient}.
 *
 * <p>Retries follow the {@link RetryPolicy}. {@code addUserToGroup} (POST) and {@code removeUserFromGroup}
 * (DELETE) are never sent twice after a connection failure: Kaiten may have removed the member before the
 * connection broke, and a retried DELETE then answers 404, turning a success into a failure. The JDK's
 * HttpClient keeps to that too; it resends a GET once by itself when a connection closes before any byte
 * of the answer, but never a POST or DELETE unless the JVM runs with
 * {@code -Djdk.httpclient.enableAllMethodRetry}, which must therefore stay unset.
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
    HttpClient.Builder http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout);
    if (builder.executor != null) {
      http.executor(builder.executor);
    }
    this.requests = new RequestFactory(baseUri, builder.token, timeout);
    this.transport = new Transport(http.build(), retryPolicy, timeout, requests);
  }

  /** A builder; {@link Builder#baseUri(URI) baseUri} and {@link Builder#token(String) token} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URI the paths are resolved against, e.g. {@code https://acme.kaiten.ru/api/latest}. */
  public URI baseUri() {
    return baseUri;
  }

  /** GET {@code /groups/{group_uid}/users}: the members of the group, ordered by id. */
  public KaitenResult<List<User>> listGroupUsers(String groupUid) throws IOException, InterruptedException {
    return Futures.await(listGroupUsersAsync(groupUid));
  }

  /** {@link #listGroupUsers(String)} without blocking; arguments are checked before this returns. */
  public CompletableFuture<KaitenResult<List<User>>> listGroupUsersAsync(String groupUid) {
    checkGroupUid(groupUid);
    return transport.call(Operation.LIST_GROUP_USERS, requests.listGroupUsers(groupUid));
  }

  /** POST {@code /groups/{group_uid}/users}: makes the user a member of the group. */
  public KaitenResult<User> addUserToGroup(String groupUid, long userId) throws IOException, InterruptedException {
    return Futures.await(addUserToGroupAsync(groupUid, userId));
  }

  /** {@link #addUserToGroup(String, long)} without blocking; arguments are checked before this returns. */
  public CompletableFuture<KaitenResult<User>> addUserToGroupAsync(String groupUid, long userId) {
    checkGroupUid(groupUid);
    checkUserId(userId);
    return transport.call(Operation.ADD_USER_TO_GROUP, requests.addUserToGroup(groupUid, userId));
  }

  /** DELETE {@code /groups/{group_uid}/users/{user_id}}: ends the user's membership; answers the user. */
  public KaitenResult<User> removeUserFromGroup(String groupUid, long userId)
      throws IOException, InterruptedException {
    return Futures.await(removeUserFromGroupAsync(groupUid, userId));
  }

  /** {@link #removeUserFromGroup(String, long)} without blocking; arguments are checked before this returns. */
  public CompletableFuture<KaitenResult<User>> removeUserFromGroupAsync(String groupUid, long userId) {
    checkGroupUid(groupUid);
    checkUserId(userId);
    return transport.call(Operation.REMOVE_USER_FROM_GROUP, requests.removeUserFromGroup(groupUid, userId));
  }

  @Override
  public String toString() {
    return "KaitenClient{baseUri=" + baseUri + ", timeout=" + timeout + ", connectTimeout=" + connectTimeout
        + ", retryPolicy=" + retryPolicy + "}";
  }

  private static void checkGroupUid(String groupUid) {
    requireNonNull(groupUid, "groupUid == null");
    if (groupUid.isBlank()) {
      throw new IllegalArgumentException("groupUid is blank");
    }
    // Encoded or not, a servlet container or proxy may resolve these as "this" and "parent" directory.
    if (groupUid.equals(".") || groupUid.equals("..")) {
      throw new IllegalArgumentException("groupUid is a dot-segment: " + groupUid);
    }
  }

  private static void checkUserId(long userId) {
    if (userId < 1) {
      throw new IllegalArgumentException("userId < 1: " + userId);
    }
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
      requireNonNull(baseUri, "baseUri == null");
      String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException("baseUri must be http or https: " + baseUri);
      }
      if (baseUri.getHost() == null) {
        throw new IllegalArgumentException("baseUri has no host: " + baseUri);
      }
      if (baseUri.getRawUserInfo() != null) {
        // Not echoed: user info is a credential too.
        throw new IllegalArgumentException("baseUri must not contain user info");
      }
      if (baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
        throw new IllegalArgumentException("baseUri must not have a query or fragment: " + baseUri);
      }
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
      requireNonNull(token, "token == null");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token is blank");
      }
      if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
        throw new IllegalArgumentException("token has a character other than visible ASCII");
      }
      this.token = token;
      return this;
    }

    /** How long one attempt may take, from connecting to the last byte of the answer; 30 s by default. */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /** How long connecting may take; the {@link #timeout(Duration) timeout} by default. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
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

    private static Duration positive(Duration duration, String name) {
      requireNonNull(duration, name + " == null");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " <= 0: " + duration);
      }
      return duration;
    }
  }
}
