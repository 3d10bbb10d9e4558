package io.kaitenkit.mock.internal.emulator;

import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.DocumentedResponse;
import io.vertx.core.buffer.Buffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prism's {@code Prefer: code=N}: answer the documented response N with the contract's example and
 * leave the state alone.
 */
final class PreferOverride {
  private static final Pattern CODE = Pattern.compile("(?:^|[\\s,;])code\\s*=\\s*\"?(\\d{1,9})\"?(?![\\w.])");

  /** Each documented example as one buffer, so that replies share it and strict mode knows it. */
  private static final Map<DocumentedResponse, Buffer> EXAMPLES = new ConcurrentHashMap<>();

  private PreferOverride() {}

  /**
   * The status asked for, or -1 when the header asks for none. The whole number counts: {@code code=2001}
   * asks for 2001 (undocumented), not for 200.
   */
  static int requestedCode(String prefer) {
    if (prefer == null) {
      return -1;
    }
    Matcher matcher = CODE.matcher(prefer);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }

  static Reply reply(ApiOperation operation, int code, long nowMillis) {
    DocumentedResponse documented = operation.response(code);
    if (documented == null) {
      return Reply.message(400, "Prefer: code=" + code + " is not documented for " + operation.id()
          + "; documented: " + operation.statuses());
    }
    Reply reply = Reply.constant(code, contentTypeOf(documented),
        documented.example() == null ? null : EXAMPLES.computeIfAbsent(documented, d -> Buffer.buffer(d.example())));
    for (Map.Entry<String, String> header : documented.exampleHeaders().entrySet()) {
      reply = reply.withHeader(header.getKey(), header.getValue());
    }
    if (documented.exampleHeaders().containsKey(RateLimits.RESET)) {
      // The documented example is a fixed instant; a client that honours it needs a live one.
      reply = reply.withHeader(RateLimits.RESET, Long.toString(nowMillis + 1000));
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
