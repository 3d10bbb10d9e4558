package io.kaitenkit.mock.internal.emulator;

import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.ratelimit.RateLimits;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.DocumentedResponse;
import io.vertx.core.buffer.Buffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The contract's documented responses as replies: its example body and example headers. */
final class DocumentedExamples {
  /** Each documented response as one reply, built once, so that replies share its buffer and strict mode knows it. */
  private static final Map<DocumentedResponse, Reply> REPLIES = new ConcurrentHashMap<>();

  private DocumentedExamples() {}

  /** The documented response {@code code}, or 400 naming the documented codes when there is none. */
  static Reply reply(ApiOperation operation, int code) {
    DocumentedResponse documented = operation.response(code);
    if (documented == null) {
      return Reply.message(400, "Prefer: code=" + code + " is not documented for " + operation.id()
          + "; documented: " + operation.statuses());
    }
    return REPLIES.computeIfAbsent(documented, DocumentedExamples::build);
  }

  /** Like {@link #reply} with a live {@code X-RateLimit-Reset}: a client that honours it needs one. */
  static Reply reply(ApiOperation operation, int code, long nowMillis) {
    Reply reply = reply(operation, code);
    if (reply.headers().containsKey(RateLimits.RESET) && operation.documents(code)) {
      reply = reply.withHeader(RateLimits.RESET, Long.toString(nowMillis + 1000));
    }
    return reply;
  }

  private static Reply build(DocumentedResponse documented) {
    Reply reply = Reply.constant(documented.status(), contentTypeOf(documented),
        documented.example() == null ? null : Buffer.buffer(documented.example()));
    for (Map.Entry<String, String> header : documented.exampleHeaders().entrySet()) {
      reply = reply.withHeader(header.getKey(), header.getValue());
    }
    return reply;
  }

  private static String contentTypeOf(DocumentedResponse documented) {
    if (documented.contentType() == null) {
      return null;
    }
    return documented.contentType().startsWith("application/json") ? Reply.JSON
        : documented.contentType().startsWith("text/plain") ? Reply.TEXT : documented.contentType();
  }
}
