package io.kaitenkit.client;

import java.net.http.HttpHeaders;
import java.util.Map;

/** The headers of a result made by hand rather than read from an answer. */
final class Headers {
  static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (name, value) -> true);

  private Headers() {}
}
