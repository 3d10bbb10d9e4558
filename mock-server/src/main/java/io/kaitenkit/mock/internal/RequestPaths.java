package io.kaitenkit.mock.internal;

import io.kaitenkit.mock.internal.emulator.Emulator;
import io.kaitenkit.mock.internal.emulator.PreferOverride;
import io.kaitenkit.mock.internal.emulator.RequestValidation;
import io.kaitenkit.mock.internal.emulator.TokenCheck;
import io.kaitenkit.mock.internal.emulator.operations.Operations;
import io.kaitenkit.mock.internal.faults.FaultInjection;
import io.kaitenkit.mock.internal.faults.FaultRegistry;
import io.kaitenkit.mock.internal.http.Dispatcher;
import io.kaitenkit.mock.internal.http.MockRouter;
import io.kaitenkit.mock.internal.http.NoRoute;
import io.kaitenkit.mock.internal.proxy.ValidationProxy;
import io.kaitenkit.mock.internal.ratelimit.RateLimit;
import io.kaitenkit.mock.internal.state.GuardedModel;
import io.kaitenkit.mock.internal.strict.StrictMode;
import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The two request paths of the mock, each a chain of dispatchers read from the socket inwards. The
 * emulator's:
 * <pre>
 * faults -> strict mode -> rate-limit headers -> token (401) -> validity (400) -> Prefer
 *        -> rate limit (429) -> the operation's handler (tariff 402, permission 403, existence 404, action)
 * </pre>
 * Requests that match no operation meet the faults and then a 404/405. The validation proxy's: faults,
 * then the upstream, for every request outside the admin API.
 */
public final class RequestPaths {
  private RequestPaths() {}

  /** @param strictMode checks every reply against the contract; null when strict mode is off */
  public static MockRouter.Dispatch emulating(Vertx vertx, KaitenApiSpec spec, GuardedModel store, RateLimit limit,
      FaultRegistry faults, StrictMode strictMode, LongSupplier clock) {
    Dispatcher decided = decisionOrder(spec, store, limit, clock);
    Dispatcher checked = strictMode == null ? decided : strictMode.checking(decided);
    return new MockRouter.Dispatch(spec.operations(), new FaultInjection(vertx, faults, checked),
        new FaultInjection(vertx, faults, new NoRoute(spec)));
  }

  /** Every request goes to the upstream; none gets a route of its own. */
  public static MockRouter.Dispatch proxying(Vertx vertx, FaultRegistry faults, ValidationProxy proxy) {
    Dispatcher forwarded = new FaultInjection(vertx, faults, proxy);
    return new MockRouter.Dispatch(List.of(), forwarded, forwarded);
  }

  /** The emulator's decision order, from the token to the action, for calls of the contract's operations. */
  public static Dispatcher decisionOrder(KaitenApiSpec spec, GuardedModel store, RateLimit limit, LongSupplier clock) {
    Dispatcher handlers = new Emulator(store, Operations.all());
    return limit.labelling(
        new TokenCheck(store,
            new RequestValidation(spec,
                new PreferOverride(clock,
                    limit.counting(handlers)))));
  }
}
