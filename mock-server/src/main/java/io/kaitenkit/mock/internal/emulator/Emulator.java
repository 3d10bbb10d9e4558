package io.kaitenkit.mock.internal.emulator;

import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Dispatcher;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.state.GuardedModel;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.UserRecord;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Answers a call from the state with the handler registered for its operation id, under the state's
 * lock; the token, validity, {@code Prefer} and the rate limit were decided in front of it. An
 * operation of the contract without a handler answers its documented 2xx example.
 */
public final class Emulator implements Dispatcher {
  private final GuardedModel store;
  private final Map<String, OperationHandler> handlers = new HashMap<>();

  public Emulator(GuardedModel store, List<OperationHandler> handlers) {
    this.store = store;
    for (OperationHandler handler : handlers) {
      if (this.handlers.put(handler.operationId(), handler) != null) {
        throw new IllegalArgumentException("two handlers for " + handler.operationId());
      }
    }
  }

  @Override
  public Future<Reply> dispatch(ApiCall call) {
    OperationHandler handler = handlers.get(call.operation().id());
    if (handler == null) {
      return Dispatcher.now(DocumentedExamples.reply(call.operation(), call.operation().success().status()));
    }
    String token = call.token();
    Function<KaitenModel, Reply> answer = state -> {
      Long actorId = token == null ? null : state.tokens().get(token);
      UserRecord actor = actorId == null ? null : state.user(actorId);
      if (actor == null) {
        return Reply.invalidToken(); // the token or its user was removed since the token was checked
      }
      return handler.handle(state, actor, call);
    };
    // GET is safe by HTTP's definition and by every handler's: it reads, so bodies kept from the state stay valid
    boolean reads = "GET".equals(call.method());
    return Dispatcher.now(reads ? store.read(answer) : store.apply(answer));
  }
}
