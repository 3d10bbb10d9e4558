package io.kaitenkit.mock.internal.emulator;

import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Dispatcher;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.GuardedModel;
import io.vertx.core.Future;

/** Step 1 of the decision order: a missing, malformed or unknown token is 401 {@code Invalid token}. */
public final class TokenCheck implements Dispatcher {
  private final GuardedModel store;
  private final Dispatcher next;

  public TokenCheck(GuardedModel store, Dispatcher next) {
    this.store = store;
    this.next = next;
  }

  @Override
  public Future<Reply> dispatch(ApiCall call) {
    String token = call.token();
    boolean known = token != null && store.read(state -> state.tokens().containsKey(token));
    return known ? next.dispatch(call) : Dispatcher.now(Reply.invalidToken());
  }
}
