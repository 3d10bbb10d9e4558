package io.kaitenkit.client;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The argument checks every call makes before anything is sent; messages say what is allowed. */
final class Checks {
  /** The longest group name the contract allows, in characters. */
  static final int MAX_GROUP_NAME = 512;

  private Checks() {}

  static void uid(String uid, String name) {
    requireNonNull(uid, name + " == null");
    if (uid.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    // Encoded or not, a servlet container or proxy may resolve these as "this" and "parent" directory.
    if (uid.equals(".") || uid.equals("..")) {
      throw new IllegalArgumentException(name + " is a dot-segment: " + uid);
    }
  }

  static void userId(long userId) {
    if (userId < 1) {
      throw new IllegalArgumentException("userId < 1: " + userId);
    }
  }

  static void member(String groupUid, long userId) {
    uid(groupUid, "groupUid");
    userId(userId);
  }

  static void groupName(String name) {
    requireNonNull(name, "name == null");
    int length = name.codePointCount(0, name.length());
    if (length < 1 || length > MAX_GROUP_NAME) {
      throw new IllegalArgumentException("name must be 1 to " + MAX_GROUP_NAME + " characters, got " + length);
    }
  }

  static void permissions(Integer permissions) {
    if (permissions != null && permissions < 0) {
      throw new IllegalArgumentException("permissions < 0: " + permissions);
    }
  }

  static void paging(Integer limit, Integer offset, int maxLimit) {
    if (limit != null && (limit < 1 || limit > maxLimit)) {
      throw new IllegalArgumentException(maxLimit == Integer.MAX_VALUE
          ? "limit < 1: " + limit
          : "limit must be 1 to " + maxLimit + ", got " + limit);
    }
    if (offset != null && offset < 0) {
      throw new IllegalArgumentException("offset < 0: " + offset);
    }
  }

  static List<Long> ids(List<Long> ids) {
    List<Long> copy = List.copyOf(ids);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("ids is empty: leave it unset to list every user");
    }
    for (long id : copy) {
      if (id < 1) {
        throw new IllegalArgumentException("ids has an id < 1: " + id);
      }
    }
    return copy;
  }

  static void baseUri(URI baseUri) {
    requireNonNull(baseUri, "baseUri == null");
    String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("baseUri must be http or https: " + baseUri);
    }
    if (baseUri.getHost() == null) {
      throw new IllegalArgumentException("baseUri has no host: " + baseUri);
    }
    if (baseUri.getRawUserInfo() != null) {
      // Not echoed: user info is a credential too.
      throw new IllegalArgumentException("baseUri must not contain user info");
    }
    if (baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
      throw new IllegalArgumentException("baseUri must not have a query or fragment: " + baseUri);
    }
  }

  static void token(String token) {
    requireNonNull(token, "token == null");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token is blank");
    }
    // Never echoed: the token is a credential.
    if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
      throw new IllegalArgumentException("token has a character other than visible ASCII");
    }
  }

  static Duration positive(Duration duration, String name) {
    requireNonNull(duration, name + " == null");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " <= 0: " + duration);
    }
    return duration;
  }
}
