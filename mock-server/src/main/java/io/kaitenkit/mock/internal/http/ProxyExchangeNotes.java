package io.kaitenkit.mock.internal.http;

import io.kaitenkit.mock.internal.journal.Journal;
import io.kaitenkit.mock.internal.proxy.ExchangeNotes;
import io.kaitenkit.spec.Violation;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** Hands what the validation proxy learns about an exchange to the journal's recorder. */
final class ProxyExchangeNotes implements ExchangeNotes {
  private final Journal journal;

  ProxyExchangeNotes(Journal journal) {
    this.journal = journal;
  }

  @Override
  public void forwarding(RoutingContext ctx, String operationId) {
    Exchange.operation(ctx, operationId);
    Exchange.sequence(ctx, journal.nextSequence());
  }

  @Override
  public void findings(RoutingContext ctx, List<Violation> findings) {
    Exchange.violations(ctx, findings);
  }
}
