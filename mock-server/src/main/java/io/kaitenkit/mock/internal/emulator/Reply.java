package io.kaitenkit.mock.internal.emulator;

import io.vertx.core.buffer.Buffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response the mock is about to send: status, content type, body and extra headers.
 *
 * @param body the body, or null for none
 */
public record Reply(int status, String contentType, Buffer body, Map<String, String> headers) {
  public static final String JSON = "application/json; charset=utf-8";
  public static final String TEXT = "text/plain; charset=utf-8";

  public Reply {
    headers = Map.copyOf(headers);
  }

  public static Reply json(int status, Buffer body) {
    return new Reply(status, JSON, body, Map.of());
  }

  /** A {@code {"message": "…"}} body, the shape of Kaiten's error answers. */
  public static Reply message(int status, String message) {
    return json(status, Buffer.buffer(MessageJson.of(message)));
  }

  /** Kaiten's answer to a missing, malformed or unknown token. */
  public static Reply invalidToken() {
    return new Reply(401, TEXT, INVALID_TOKEN, Map.of());
  }

  public static Reply empty(int status) {
    return new Reply(status, null, null, Map.of());
  }

  public Reply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, contentType, body, more);
  }

  /** The body as text, for validation and the journal; empty when there is none. */
  public String bodyText() {
    return body == null ? "" : body.toString();
  }

  private static final Buffer INVALID_TOKEN = Buffer.buffer("Invalid token");
}
