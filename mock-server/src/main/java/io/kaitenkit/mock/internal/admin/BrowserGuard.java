package io.kaitenkit.mock.internal.admin;

import io.kaitenkit.mock.internal.net.Hosts;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import java.util.regex.Pattern;

/**
 * Keeps web pages of other sites away from the admin API. A browser sends a cross-site POST with a
 * form or {@code text/plain} body without asking, so writes must be JSON (which a browser only sends
 * cross-site after a CORS preflight this API never approves); a page of another origin always sends
 * {@code Origin} or {@code Sec-Fetch-Site}, so those are refused; and a DNS-rebinding page reaches a
 * loopback mock under its own host name, so while bound to loopback only loopback names are served.
 * Clients that are not browsers (curl, Java, Pact verifiers) send none of these headers and pass.
 */
final class BrowserGuard {
  /** Why a request was refused: the status and the message. */
  record Refusal(int status, String message) {}

  private static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9.+-]{1,40}/[A-Za-z0-9.+-]{1,60}");

  private final boolean loopbackOnly;

  /** @param loopbackOnly whether the mock listens on a loopback address only */
  BrowserGuard(boolean loopbackOnly) {
    this.loopbackOnly = loopbackOnly;
  }

  /** The refusal of a request from another site or host, or null when it may go on. */
  Refusal checkOrigin(HttpServerRequest request) {
    HostAndPort authority = request.authority();
    if (loopbackOnly && authority != null && !Hosts.isLoopbackHostHeader(authority.host())) {
      return new Refusal(403, "the admin API of a mock bound to loopback answers only loopback host names "
          + "(localhost, 127.0.0.1, [::1]); this request named another host, as a DNS-rebinding page does");
    }
    String origin = request.getHeader("Origin");
    if (origin != null && !isSameOrigin(origin, authority)) {
      return new Refusal(403, "the admin API answers only its own origin; a page of another origin may not call it");
    }
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
      return new Refusal(403, "the admin API answers only its own origin; a page of another site may not call it");
    }
    return null;
  }

  /** The refusal of a write that is not JSON, or null when it may go on. */
  Refusal checkContentType(HttpServerRequest request) {
    if (isWrite(request.method()) && !isJson(request.getHeader("Content-Type"))) {
      return new Refusal(415, "admin writes need Content-Type: application/json, got "
          + describe(request.getHeader("Content-Type")));
    }
    return null;
  }

  /** The methods a body travels with; DELETE needs a CORS preflight from any other origin, which never passes. */
  private static boolean isWrite(HttpMethod method) {
    return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    return mediaType.equalsIgnoreCase("application/json");
  }

  /** Names the content type only when it looks like one: messages never repeat arbitrary header text. */
  private static String describe(String contentType) {
    if (contentType == null) {
      return "none";
    }
    String mediaType = contentType.split(";", 2)[0].trim();
    return MEDIA_TYPE.matcher(mediaType).matches() ? mediaType : "another type";
  }

  private static boolean isSameOrigin(String origin, HostAndPort authority) {
    if (authority == null) {
      return false;
    }
    String own = "http://" + hostOf(authority) + (authority.port() < 0 ? "" : ":" + authority.port());
    return origin.trim().equalsIgnoreCase(own)
        || (authority.port() == 80 && origin.trim().equalsIgnoreCase("http://" + hostOf(authority)));
  }

  private static String hostOf(HostAndPort authority) {
    return Hosts.bracketed(authority.host());
  }
}
