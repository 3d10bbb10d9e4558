package io.kaitenkit.mock.internal.proxy;

import static java.util.Objects.requireNonNull;

import io.kaitenkit.mock.internal.net.Hosts;
import java.net.URI;
import java.util.Locale;

/**
 * Where the validation proxy forwards to, and how a request's path maps onto it: the upstream URL's
 * own path (without a trailing slash, and without the contract's base path if it ends with it) is put
 * in front of the request's raw path, which already starts with the base path. So with
 * {@code --proxy-to https://acme.kaiten.ru} (or {@code https://acme.kaiten.ru/api/latest}),
 * {@code /api/latest/groups/developers/users?x=1} goes to
 * {@code https://acme.kaiten.ru/api/latest/groups/developers/users?x=1}.
 *
 * @param host the upstream's host name or IP literal (without brackets)
 * @param port the upstream's port, the scheme's default when the URL names none
 * @param ssl true for https
 * @param pathPrefix put in front of every forwarded path; empty or starting with {@code /}
 */
public record UpstreamTarget(String host, int port, boolean ssl, String pathPrefix) {

  /** The target that a {@code --proxy-to} URL names, for a contract with this base path. */
  public static UpstreamTarget of(URI url, String basePath) {
    requireValid(url);
    boolean ssl = url.getScheme().equalsIgnoreCase("https");
    int port = url.getPort() != -1 ? url.getPort() : ssl ? 443 : 80;
    String prefix = url.getRawPath() == null ? "" : url.getRawPath();
    while (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    if (!basePath.isEmpty() && prefix.endsWith(basePath)) {
      prefix = prefix.substring(0, prefix.length() - basePath.length()); // the request's path brings it
    }
    return new UpstreamTarget(Hosts.unbracketed(url.getHost()), port, ssl, prefix);
  }

  /**
   * Checks a {@code --proxy-to} URL: absolute http or https with a host; no user info (credentials
   * belong in each request's {@code Authorization} header, never in a URL that is printed), no query
   * and no fragment.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static URI requireValid(URI url) {
    requireNonNull(url, "url == null");
    String authority = url.getRawAuthority();
    if (url.getRawUserInfo() != null || (authority != null && authority.contains("@"))) {
      throw new IllegalArgumentException("proxy URL must not carry credentials; send the token in each request's "
          + "Authorization header instead");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("proxy URL must be http or https, e.g. https://acme.kaiten.ru; got " + url);
    }
    if (url.getHost() == null || url.getHost().isBlank()) {
      throw new IllegalArgumentException("proxy URL has no host: " + url);
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException("proxy URL must have no query or fragment: " + url);
    }
    return url;
  }

  /** The request target sent upstream: the prefix, the raw path unchanged, the raw query unchanged. */
  public String requestUri(String rawPath, String rawQuery) {
    return pathPrefix + rawPath + (rawQuery == null ? "" : "?" + rawQuery);
  }

  /** The {@code Host} header for the upstream: the port only when it is not the scheme's default. */
  public String hostHeader() {
    String name = Hosts.bracketed(host);
    return port == (ssl ? 443 : 80) ? name : name + ":" + port;
  }

  /** How messages name the upstream: {@code acme.kaiten.ru:443}. */
  public String displayName() {
    return Hosts.bracketed(host) + ":" + port;
  }
}
