package io.kaitenkit.mock.internal.proxy;

import io.kaitenkit.spec.Headers;
import io.vertx.core.MultiMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies headers across the proxy without those that describe one connection rather than the message
 * (RFC 9110 §7.6.1): each hop sets its own.
 */
final class HopByHopHeaders {
  private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
      "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");
  // Set again for the upstream hop: Host names the upstream, the length follows the body we send, and
  // the mock has already read the body that Expect asked permission for.
  private static final Set<String> RESET_UPSTREAM = Set.of("host", "content-length", "expect");

  private HopByHopHeaders() {}

  /** The request headers to send upstream, with {@code Host} naming the upstream. */
  static MultiMap toUpstream(MultiMap request, String hostHeader) {
    MultiMap copy = copyEndToEnd(request, RESET_UPSTREAM);
    copy.set("Host", hostHeader);
    return copy;
  }

  /** The upstream's response headers to pass back to the client. */
  static MultiMap toClient(MultiMap response) {
    return copyEndToEnd(response, Set.of());
  }

  /** Headers as the contract checks see them: values by case-insensitive name. */
  static Map<String, List<String>> asMap(MultiMap headers) {
    return Headers.of(headers);
  }

  private static MultiMap copyEndToEnd(MultiMap headers, Set<String> alsoDropped) {
    Set<String> dropped = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    dropped.addAll(HOP_BY_HOP);
    dropped.addAll(alsoDropped);
    for (String connection : headers.getAll("Connection")) {
      for (String token : connection.split(",")) { // headers the sender declared hop-by-hop
        dropped.add(token.trim().toLowerCase(Locale.ROOT));
      }
    }
    MultiMap copy = MultiMap.caseInsensitiveMultiMap();
    for (Map.Entry<String, String> header : headers) {
      if (!dropped.contains(header.getKey())) {
        copy.add(header.getKey(), header.getValue());
      }
    }
    return copy;
  }
}
