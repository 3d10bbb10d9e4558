package io.kaitenkit.mock.internal.emulator;

import io.vertx.core.buffer.Buffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response the mock is about to send: status, content type, body and extra headers.
 *
 * @param body the body, or null for none
 * @param shape what the body is made of when that never changes its verdict against the contract: a
 *     {@link Shape}, or the constant body buffer itself; null for a body written for this request only.
 *     Strict mode checks a reply of a known shape in full once and trusts the shape afterwards.
 */
public record Reply(int status, String contentType, Buffer body, Map<String, String> headers, Object shape) {
  public static final String JSON = "application/json; charset=utf-8";
  public static final String TEXT = "text/plain; charset=utf-8";

  private static final Buffer INVALID_TOKEN = Buffer.buffer("Invalid token");
  private static final Buffer TARIFF_LIMITED = Buffer.buffer(MessageJson.of("Feature is not supported by tariff"));

  /** Bodies assembled from users that were checked against the contract's {@code User} when the state was built. */
  public enum Shape {
    NO_BODY,
    USER,
    USER_LIST
  }

  public Reply {
    headers = Map.copyOf(headers);
  }

  /** A JSON body written for this request only. */
  public static Reply json(int status, Buffer body) {
    return new Reply(status, JSON, body, Map.of(), null);
  }

  /** One user of the state. */
  public static Reply user(Buffer userJson) {
    return new Reply(200, JSON, userJson, Map.of(), Shape.USER);
  }

  /** A JSON array of users of the state. */
  public static Reply userList(Buffer usersJson) {
    return new Reply(200, JSON, usersJson, Map.of(), Shape.USER_LIST);
  }

  /** A body that is the same on every reply, such as a documented example. */
  public static Reply constant(int status, String contentType, Buffer body) {
    return new Reply(status, contentType, body, Map.of(), body == null ? Shape.NO_BODY : body);
  }

  /** A {@code {"message": "…"}} body, the shape of Kaiten's error answers. */
  public static Reply message(int status, String message) {
    return json(status, Buffer.buffer(MessageJson.of(message)));
  }

  /** Kaiten's answer to a missing, malformed or unknown token. */
  public static Reply invalidToken() {
    return constant(401, TEXT, INVALID_TOKEN);
  }

  /** Kaiten's answer when the company's tariff lacks user groups. */
  public static Reply tariffLimited() {
    return constant(402, JSON, TARIFF_LIMITED);
  }

  public static Reply empty(int status) {
    return constant(status, null, null);
  }

  public Reply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, contentType, body, more, shape);
  }

  /** The body as text, for validation and the journal; empty when there is none. */
  public String bodyText() {
    return body == null ? "" : body.toString();
  }
}
