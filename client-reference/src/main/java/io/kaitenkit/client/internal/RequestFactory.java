package io.kaitenkit.client.internal;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/** Builds the HTTP requests of the three operations; arguments are checked by the caller. */
public final class RequestFactory {
  private static final String REDACTED = "[redacted]";

  private final String base;
  private final String token;
  private final Duration timeout;

  /** Requests to {@code baseUri} (e.g. {@code https://acme.kaiten.ru/api/latest}) carrying {@code token}. */
  public RequestFactory(URI baseUri, String token, Duration timeout) {
    String text = baseUri.toASCIIString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.token = token;
    this.timeout = timeout;
  }

  /** GET {@code {base}/groups/{group_uid}/users}. */
  public HttpRequest listGroupUsers(String groupUid) {
    return request(groupUsers(groupUid)).GET().build();
  }

  /** POST {@code {base}/groups/{group_uid}/users} with {@code {"user_id": <id>}}. */
  public HttpRequest addUserToGroup(String groupUid, long userId) {
    return request(groupUsers(groupUid))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"user_id\":" + userId + "}"))
        .build();
  }

  /** DELETE {@code {base}/groups/{group_uid}/users/{user_id}}. */
  public HttpRequest removeUserFromGroup(String groupUid, long userId) {
    return request(groupUsers(groupUid) + "/" + userId).DELETE().build();
  }

  /** The text with every occurrence of the token replaced, fit to keep in a result or a message. */
  public String redact(String text) {
    return text.replace(token, REDACTED);
  }

  private String groupUsers(String groupUid) {
    return base + "/groups/" + PathSegment.encode(groupUid) + "/users";
  }

  private HttpRequest.Builder request(String uri) {
    return HttpRequest.newBuilder(URI.create(uri))
        .timeout(timeout)
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }

  @Override
  public String toString() {
    return "RequestFactory{base=" + base + ", token=" + REDACTED + "}";
  }
}
