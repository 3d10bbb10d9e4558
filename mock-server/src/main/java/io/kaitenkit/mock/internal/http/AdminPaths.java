package io.kaitenkit.mock.internal.http;

/** The admin API's place in the URL space. */
final class AdminPaths {
  static final String PREFIX = "/__admin";

  private AdminPaths() {}

  static boolean isAdmin(String path) {
    return path != null && (path.equals(PREFIX) || path.startsWith(PREFIX + "/"));
  }
}
