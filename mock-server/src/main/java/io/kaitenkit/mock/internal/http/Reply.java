package io.kaitenkit.mock.internal.http;

import io.kaitenkit.spec.Violation;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response the mock is about to send: status, content type, body and extra headers, with what
 * departed from the contract on the way.
 *
 * @param body the body, or null for none
 * @param shape what the body is made of when that never changes its verdict against the contract;
 *     null for a body written for this request only. Strict mode checks a reply of a known shape in
 *     full once and trusts the shape afterwards.
 * @param violations what strict mode or the proxy found wrong with the exchange; the journal keeps them
 * @param sender how the reply goes out when it is more than a status, headers and a body; null for those
 * @param streamed a body too large to keep whole, made while it is sent; {@code body} is then null
 */
public record Reply(int status, String contentType, Buffer body, Map<String, String> headers, BodyShape shape,
    List<Violation> violations, Sender sender, StreamedBody streamed) {
  public static final String JSON = "application/json; charset=utf-8";
  public static final String TEXT = "text/plain; charset=utf-8";

  private static final Reply INVALID_TOKEN = constant(401, TEXT, Buffer.buffer("Invalid token"));
  private static final Reply TARIFF_LIMITED =
      constant(402, JSON, Buffer.buffer(MessageJson.of("Feature is not supported by tariff")));
  private static final Reply[] EMPTY = new Reply[600];

  static {
    for (int status = 100; status < EMPTY.length; status++) {
      EMPTY[status] = new Reply(status, null, null, Map.of(), BodyShape.NO_BODY, List.of(), null, null);
    }
  }

  /** Answers on the request's connection itself: relays an upstream answer, resets, stays silent. */
  @FunctionalInterface
  public interface Sender {
    void send(HttpServerRequest request);
  }

  public Reply {
    headers = Map.copyOf(headers);
    violations = List.copyOf(violations);
  }

  /** A JSON body written for this request only. */
  public static Reply json(int status, Buffer body) {
    return new Reply(status, JSON, body, Map.of(), null, List.of(), null, null);
  }

  /** One user of the state. */
  public static Reply user(Buffer userJson) {
    return new Reply(200, JSON, userJson, Map.of(), BodyShape.USER, List.of(), null, null);
  }

  /** A JSON array of users of the state. */
  public static Reply userList(Buffer usersJson) {
    return new Reply(200, JSON, usersJson, Map.of(), BodyShape.USER_LIST, List.of(), null, null);
  }

  /** A JSON array of users of the state too long to keep, written while it is sent. */
  public static Reply userList(StreamedBody usersJson) {
    return new Reply(200, JSON, null, Map.of(), BodyShape.USER_LIST, List.of(), null, usersJson);
  }

  /** A body that is the same on every reply, such as a documented example; build it once and keep it. */
  public static Reply constant(int status, String contentType, Buffer body) {
    return new Reply(status, contentType, body, Map.of(), body == null ? BodyShape.NO_BODY : BodyShape.constant(body),
        List.of(), null, null);
  }

  /** A {@code {"message": "…"}} body, the shape of Kaiten's error answers. */
  public static Reply message(int status, String message) {
    return json(status, Buffer.buffer(MessageJson.of(message)));
  }

  /** Kaiten's answer to a missing, malformed or unknown token. */
  public static Reply invalidToken() {
    return INVALID_TOKEN;
  }

  /** Kaiten's answer when the company's tariff lacks user groups. */
  public static Reply tariffLimited() {
    return TARIFF_LIMITED;
  }

  public static Reply empty(int status) {
    return status >= 100 && status < EMPTY.length ? EMPTY[status] : constant(status, null, null);
  }

  /** A reply that its sender writes on the connection; {@code status} is what the journal shows. */
  public static Reply sentBy(int status, List<Violation> violations, Sender sender) {
    return new Reply(status, null, null, Map.of(), null, violations, sender, null);
  }

  public Reply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, contentType, body, more, shape, violations, sender, streamed);
  }

  public Reply withViolations(List<Violation> found) {
    return found.isEmpty() && violations.isEmpty() ? this
        : new Reply(status, contentType, body, headers, shape, found, sender, streamed);
  }

  /** The body as text, for validation; empty when there is none or it is streamed. */
  public String bodyText() {
    return body == null ? "" : body.toString();
  }
}
