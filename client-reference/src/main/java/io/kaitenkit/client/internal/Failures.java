package io.kaitenkit.client.internal;

import io.kaitenkit.client.KaitenResult;
import java.util.Set;

/** The four sets of failure statuses Kaiten documents, each with the result type that admits exactly them. */
enum Failures {
  PLAIN(KaitenResult.Plain.class, Set.of(401, 403, 404, 429)),
  WITH_BAD_REQUEST(KaitenResult.WithBadRequest.class, Set.of(400, 401, 403, 404, 429)),
  WITH_TARIFF(KaitenResult.WithTariff.class, Set.of(400, 401, 402, 403, 404, 429)),
  SEARCH(KaitenResult.Search.class, Set.of(400, 401, 403, 429));

  private final Class<?> type;
  private final Set<Integer> statuses;

  Failures(Class<?> type, Set<Integer> statuses) {
    this.type = type;
    this.statuses = statuses;
  }

  Class<?> type() {
    return type;
  }

  boolean documents(int status) {
    return statuses.contains(status);
  }
}
