package io.kaitenkit.spec;

import static java.util.Objects.requireNonNull;

/**
 * One way in which a request or response departs from the contract.
 *
 * @param location where: {@code status}, {@code header 'X-RateLimit-Reset'}, {@code body.email}, {@code path}
 * @param message what, in a sentence that names the field, value or status concerned
 */
public record Violation(String location, String message) {
  public Violation {
    requireNonNull(location, "location == null");
    requireNonNull(message, "message == null");
  }

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
