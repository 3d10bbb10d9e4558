package io.kaitenkit.mock.internal.admin;

import io.kaitenkit.mock.internal.dashboard.Dashboard;
import io.kaitenkit.spec.BearerToken;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Who may call the admin API: the browser guard's checks, then the admin token, before any route runs. */
final class AdminAccess {
  private final String adminToken;
  private final BrowserGuard browserGuard;
  private final Dashboard dashboard;

  AdminAccess(String adminToken, BrowserGuard browserGuard, Dashboard dashboard) {
    this.adminToken = adminToken;
    this.browserGuard = browserGuard;
    this.dashboard = dashboard;
  }

  /** Origin and host first, then the token (health needs none), then the content type of a write. */
  void guard(RoutingContext ctx) {
    BrowserGuard.Refusal refusal = browserGuard.checkOrigin(ctx.request());
    boolean health = ctx.request().method() == HttpMethod.GET && ctx.request().path().equals(AdminRoutes.PREFIX + "/health");
    boolean open = health || dashboard.isPublic(ctx.request().method(), ctx.request().path());
    if (refusal == null && !open && !authorized(ctx)) {
      ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"kaiten-mock-admin\"");
      refusal = new BrowserGuard.Refusal(401, "the admin API needs the admin token: Authorization: Bearer <admin token>");
    }
    if (refusal == null) {
      refusal = browserGuard.checkContentType(ctx.request());
    }
    if (refusal == null) {
      ctx.next();
    } else {
      AdminRoutes.message(ctx, refusal.status(), refusal.message());
    }
  }

  private boolean authorized(RoutingContext ctx) {
    return adminToken == null || presentedTokenMatches(ctx);
  }

  private boolean presentedTokenMatches(RoutingContext ctx) {
    String token = BearerToken.of(ctx.request().getHeader("Authorization"));
    if (token == null) {
      return false;
    }
    byte[] presented = token.getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(presented, adminToken.getBytes(StandardCharsets.UTF_8));
  }
}
