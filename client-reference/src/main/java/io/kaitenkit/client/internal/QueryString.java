package io.kaitenkit.client.internal;

import java.util.List;
import java.util.stream.Collectors;

/** A query string of the parameters that are set, each value percent-encoded; empty when none is. */
final class QueryString {
  private final StringBuilder text = new StringBuilder();

  QueryString add(String name, Object value) {
    if (value != null) {
      text.append(text.length() == 0 ? '?' : '&').append(name).append('=')
          .append(PathSegment.encode(value.toString()));
    }
    return this;
  }

  /** Integers joined by unencoded commas, as Kaiten's {@code ids=1,2,3} reads them. */
  QueryString addList(String name, List<Long> values) {
    if (values != null) {
      text.append(text.length() == 0 ? '?' : '&').append(name).append('=')
          .append(values.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
