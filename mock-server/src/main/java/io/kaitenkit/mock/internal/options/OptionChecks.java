package io.kaitenkit.mock.internal.options;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** The checks of {@code MockOptions.Builder}'s setters; each message names the option and the value. */
public final class OptionChecks {
  private OptionChecks() {}

  public static int port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    return port;
  }

  /** The value when it is at least {@code min}. */
  public static int atLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
    }
    return value;
  }

  /** The value when it is at least {@code min}. */
  public static long atLeast(long value, long min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
    }
    return value;
  }

  /** A token that is null (none) or not blank. */
  public static String adminToken(String token) {
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("adminToken is blank");
    }
    return token;
  }

  /** A duration above zero. */
  public static Duration positive(Duration value, String name) {
    requireNonNull(value, name + " == null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }

  /** A duration of zero or more. */
  public static Duration notNegative(Duration value, String name) {
    requireNonNull(value, name + " == null");
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
    return value;
  }
}
