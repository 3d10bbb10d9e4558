package io.kaitenkit.mock.internal.redaction;

import io.kaitenkit.spec.Violation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The credentials one request carries (the header and query values the journal redacts), so that nothing the
 * proxy reports about the request can repeat them: a validator or an exception may quote a value it
 * saw, and the upstream may echo the token back in its answer.
 */
public final class Secrets {
  private static final int SHORTEST = 4; // shorter fragments would mangle ordinary words
  private static final Secrets NONE = new Secrets(List.of());

  private final List<String> values; // longest first, so that a whole value goes before its parts

  private Secrets(List<String> values) {
    this.values = values;
  }

  public static Secrets of(Iterable<Map.Entry<String, String>> headers, String query) {
    TreeSet<String> found = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (Map.Entry<String, String> header : headers) {
      String value = header.getValue();
      String redacted = HeaderRedaction.redact(List.of(header)).get(header.getKey()).get(0);
      if (value != null && !value.equals(redacted)) {
        addWithParts(value, found);
      }
    }
    if (query != null) {
      String redacted = QueryRedaction.redact(query);
      if (!redacted.equals(query)) {
        for (String pair : query.split("&")) {
          int equals = pair.indexOf('=');
          if (equals >= 0 && !QueryRedaction.redact(pair).equals(pair)) {
            add(pair.substring(equals + 1), found);
          }
        }
      }
    }
    return found.isEmpty() ? NONE : new Secrets(List.copyOf(found));
  }

  /** The text with every credential replaced by its redacted form. */
  public String scrub(String text) {
    if (text == null) {
      return null;
    }
    String scrubbed = text;
    for (String secret : values) {
      scrubbed = scrubbed.replace(secret, TokenRedaction.redact(secret));
    }
    return scrubbed;
  }

  public List<Violation> scrub(List<Violation> violations) {
    if (values.isEmpty()) {
      return violations;
    }
    return violations.stream()
        .map(violation -> new Violation(scrub(violation.location()), scrub(violation.message())))
        .toList();
  }

  /** The value, its credentials after a scheme ({@code Bearer x}) and the values of pairs ({@code a=x; b=y}). */
  private static void addWithParts(String value, TreeSet<String> found) {
    add(value, found);
    int space = value.indexOf(' ');
    if (space > 0) {
      add(value.substring(space + 1), found);
    }
    for (String pair : value.split("[;,]")) {
      int equals = pair.indexOf('=');
      if (equals >= 0) {
        add(pair.substring(equals + 1), found);
      }
    }
  }

  private static void add(String candidate, TreeSet<String> found) {
    String trimmed = candidate.trim();
    if (trimmed.length() >= SHORTEST) {
      found.add(trimmed);
    }
  }
}
