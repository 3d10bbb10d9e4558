package io.kaitenkit.mock.internal.proxy;

import io.kaitenkit.spec.Violation;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** Where the proxy leaves what the journal records of an exchange; the router supplies it. */
public interface ExchangeNotes {
  /** The request is about to go upstream; the operation id is null when it matches none. */
  void forwarding(RoutingContext ctx, String operationId);

  /** What departed from the contract or went wrong upstream; called before the response ends. */
  void findings(RoutingContext ctx, List<Violation> findings);
}
