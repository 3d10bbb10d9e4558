package io.kaitenkit.mock.internal.emulator;

import io.kaitenkit.mock.internal.http.ApiCall;
import io.kaitenkit.mock.internal.http.Dispatcher;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.spec.ApiRequest;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import io.vertx.core.Future;
import java.util.List;

/** Step 2 of the decision order: a request the contract rejects is 400 {@code {"message"}} naming what is wrong. */
public final class RequestValidation implements Dispatcher {
  private static final String AUTHORIZATION_LOCATION = "header 'Authorization'";

  private final KaitenApiSpec spec;
  private final Dispatcher next;

  public RequestValidation(KaitenApiSpec spec, Dispatcher next) {
    this.spec = spec;
    this.next = next;
  }

  @Override
  public Future<Reply> dispatch(ApiCall call) {
    List<Violation> violations = violations(call);
    return violations.isEmpty() ? next.dispatch(call)
        : Dispatcher.now(Reply.message(400, RequestProblems.describe(violations, call)));
  }

  /** The contract's verdict on the request, less the token (already answered with 401). */
  private List<Violation> violations(ApiCall call) {
    ApiRequest request = call.toApiRequest();
    if (call.body() != null && !call.body().isBlank() && call.header("Content-Type") == null) {
      // Liberal in what we accept: a body without a content type is read as JSON.
      request = request.withHeader("Content-Type", "application/json");
    }
    List<Violation> violations = spec.validateRequest(call.operation().id(), request);
    if (violations.isEmpty()) {
      return violations;
    }
    return violations.stream().filter(violation -> !violation.location().equals(AUTHORIZATION_LOCATION)).toList();
  }
}
