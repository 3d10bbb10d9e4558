package io.kaitenkit.mock.internal.emulator;

import io.kaitenkit.mock.internal.state.CompanyRecord;
import io.kaitenkit.mock.internal.state.GroupRecord;
import io.kaitenkit.mock.internal.state.StateData;
import io.kaitenkit.mock.internal.state.StateStore;
import io.kaitenkit.mock.internal.state.UserRecord;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.ApiRequest;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Kaiten's group-users endpoints, answered from the state in the documented decision order:
 * token, request validity, {@code Prefer}, rate limit, tariff, permission, existence, action.
 */
public final class GroupUsersEmulator {
  private static final String AUTHORIZATION = "Authorization";

  private final KaitenApiSpec spec;
  private final StateStore store;
  private final LongSupplier clock;
  private volatile RateLimiter rateLimiter;
  private final Map<String, OperationHandler> handlers = Map.of(
      "listGroupUsers", GroupUsersEmulator::list,
      "addUserToGroup", GroupUsersEmulator::add,
      "removeUserFromGroup", GroupUsersEmulator::remove);

  /** The action of one operation, run under the state lock once the common checks passed. */
  private interface OperationHandler {
    Reply handle(StateData state, GroupRecord group, ApiCall call);
  }

  public GroupUsersEmulator(KaitenApiSpec spec, StateStore store, RateLimiter rateLimiter, LongSupplier clock) {
    this.spec = spec;
    this.store = store;
    this.rateLimiter = rateLimiter;
    this.clock = clock;
  }

  /** The limiter in force, or null when the rate limit is off. */
  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  public void rateLimiter(RateLimiter limiter) {
    this.rateLimiter = limiter;
  }

  public Reply handle(ApiCall call) {
    String token = bearerToken(call.header(AUTHORIZATION));
    RateLimiter limiter = rateLimiter;
    Reply reply = decide(call, token, limiter);
    if (limiter != null && !reply.headers().containsKey(RateLimits.REMAINING)) {
      reply = withLimitHeaders(reply, limiter.peek(token));
    }
    return reply;
  }

  private Reply decide(ApiCall call, String token, RateLimiter limiter) {
    ApiOperation operation = call.operation();
    Long actorId = token == null ? null : store.apply(state -> state.tokens().get(token));
    if (actorId == null) {
      return Reply.invalidToken();
    }
    List<Violation> violations = requestViolations(call);
    if (!violations.isEmpty()) {
      return Reply.message(400, RequestProblems.describe(violations, call));
    }
    int preferred = PreferOverride.requestedCode(call.header("Prefer"));
    if (preferred >= 0) {
      return PreferOverride.reply(operation, preferred, clock.getAsLong());
    }
    if (limiter != null) {
      RateLimiter.Decision decision = limiter.acquire(token);
      if (!decision.allowed()) {
        return withLimitHeaders(Reply.empty(429), decision);
      }
      return withLimitHeaders(emulate(call, actorId), decision);
    }
    return emulate(call, actorId);
  }

  private Reply emulate(ApiCall call, long actorId) {
    OperationHandler handler = handlers.get(call.operation().id());
    if (handler == null) {
      // An operation of a newer contract that the emulator does not know yet: its documented success.
      return PreferOverride.reply(call.operation(), call.operation().success().status(), clock.getAsLong());
    }
    return store.apply(state -> {
      UserRecord actor = state.user(actorId);
      if (actor == null) {
        return Reply.invalidToken(); // the token's user was removed since the token was looked up
      }
      CompanyRecord company = state.companies().get(actor.company());
      if (!"GET".equals(call.operation().method()) && !company.groupsInTariff()) {
        return Reply.tariffLimited();
      }
      GroupRecord group = state.groups().get(call.pathParam("group_uid"));
      if (group != null && !group.company().equals(actor.company())) {
        group = null; // tenants never see each other's groups
      }
      if (!mayManage(state, actor, group)) {
        return Reply.empty(403);
      }
      if (group == null) {
        return Reply.empty(404);
      }
      return handler.handle(state, group, call);
    });
  }

  private static boolean mayManage(StateData state, UserRecord actor, GroupRecord group) {
    return actor.companyAdmin()
        || (state.effectivePermissions(actor) & UserRecord.MEMBERS_ADMIN) != 0
        || (group != null && group.admins().contains(actor.id()));
  }

  private static Reply list(StateData state, GroupRecord group, ApiCall call) {
    Buffer body = Buffer.buffer(64 + group.members().size() * 600).appendByte((byte) '[');
    boolean first = true;
    for (long member : group.members().sorted()) {
      if (!first) {
        body.appendByte((byte) ',');
      }
      ExtendedUsers.append(body, state.user(member).json());
      first = false;
    }
    return Reply.userList(body.appendByte((byte) ']'));
  }

  private static Reply add(StateData state, GroupRecord group, ApiCall call) {
    long userId = UserIds.fromBody(call.body());
    UserRecord user = state.user(userId);
    if (user == null || !user.company().equals(group.company())) {
      return Reply.empty(404);
    }
    group.members().add(userId); // adding a member again changes nothing (x-kaiten-assumption)
    return Reply.user(user.json());
  }

  private static Reply remove(StateData state, GroupRecord group, ApiCall call) {
    long userId = Long.parseLong(call.pathParam("user_id"));
    if (!group.members().remove(userId)) {
      return Reply.empty(404);
    }
    return Reply.user(state.user(userId).json());
  }

  /** The contract's verdict on the request, less the token (already answered with 401). */
  private List<Violation> requestViolations(ApiCall call) {
    ApiRequest request = call.toApiRequest();
    if (call.body() != null && !call.body().isBlank() && call.header("Content-Type") == null) {
      // Liberal in what we accept: a body without a content type is read as JSON.
      request = request.withHeader("Content-Type", "application/json");
    }
    List<Violation> violations = spec.validateRequest(call.operation().id(), request);
    if (violations.isEmpty()) {
      return violations;
    }
    return violations.stream()
        .filter(violation -> !violation.location().equals("header '" + AUTHORIZATION + "'"))
        .toList();
  }

  private static Reply withLimitHeaders(Reply reply, RateLimiter.Decision decision) {
    return reply.withHeader(RateLimits.REMAINING, Integer.toString(decision.remaining()))
        .withHeader(RateLimits.RESET, Long.toString(decision.resetAtMillis()));
  }

  /** The token of a {@code Bearer} header, or null when the header is missing or malformed. */
  static String bearerToken(String authorization) {
    if (authorization == null || authorization.length() <= 7
        || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = authorization.substring(7).trim();
    return token.isEmpty() ? null : token;
  }
}
