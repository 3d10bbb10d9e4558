package io.kaitenkit.mock.internal.strict;

import io.kaitenkit.mock.internal.http.BodyShape;
import io.kaitenkit.mock.internal.http.Dispatcher;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.spec.ApiResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import io.kaitenkit.spec.Violation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every reply of the emulator against the contract, logs what departs from it and hands it to
 * the journal with the reply. A reply of a
 * known shape (see {@link Reply#shape()}) that conformed once is not parsed again: users are checked
 * against the contract when the state is built, and constant bodies do not change. A streamed body
 * (a list of users too long to keep, see {@link Reply#streamed()}) is validated on a sample, its first
 * users up to {@value #STREAMED_SAMPLE_BYTES} bytes: its status, headers, content type and the shape of
 * its users are all in the sample, and every user in it and after it was checked when the state was built.
 */
public final class StrictMode {
  private static final Logger LOG = LoggerFactory.getLogger(StrictMode.class);
  private static final int MAX_REMEMBERED = 4096;
  /**
   * A streamed body (a list of tens of thousands of users) is validated on its first parts up to this
   * size: parsed whole, such a body takes several times its size in heap.
   */
  static final int STREAMED_SAMPLE_BYTES = 64 * 1024;

  private final KaitenApiSpec spec;
  private final Set<Verdict> conforming = ConcurrentHashMap.newKeySet();
  // The last conforming reply of each operation whose body was not of a known shape. A body kept from
  // the state (see AnswerCache) comes back as the very same buffer until the state changes, and the
  // same bytes get the same verdict; one reply per operation bounds what this holds.
  private final Map<String, Reply> lastConforming = new ConcurrentHashMap<>();

  /** What decides a reply's verdict apart from values produced by code (ids, counters, timestamps). */
  private record Verdict(String operationId, int status, String contentType, Set<String> headerNames, BodyShape shape) {}

  public StrictMode(KaitenApiSpec spec) {
    this.spec = spec;
  }

  /** The dispatcher with every reply checked; its violations go with the reply. */
  public Dispatcher checking(Dispatcher next) {
    return call -> Dispatcher.then(next.dispatch(call),
        reply -> reply.withViolations(check(call.operation().id(), reply)));
  }

  public List<Violation> check(String operationId, Reply reply) {
    Verdict verdict = reply.shape() == null ? null
        : new Verdict(operationId, reply.status(), reply.contentType(), reply.headers().keySet(), reply.shape());
    if (verdict != null ? conforming.contains(verdict) : sameAsLastConforming(operationId, reply)) {
      return List.of();
    }
    List<Violation> violations = spec.validateResponse(operationId, responseOf(reply));
    if (!violations.isEmpty()) {
      LOG.error("Strict mode: {} answered {} against the contract: {}", operationId, reply.status(),
          violations);
    } else if (verdict != null && conforming.size() < MAX_REMEMBERED) {
      conforming.add(verdict);
    } else if (verdict == null && reply.body() != null) {
      lastConforming.put(operationId, reply);
    }
    return violations;
  }

  private boolean sameAsLastConforming(String operationId, Reply reply) {
    Reply last = lastConforming.get(operationId);
    return last != null && reply.body() != null && last.body() == reply.body() && last.status() == reply.status()
        && Objects.equals(last.contentType(), reply.contentType()) && last.headers().equals(reply.headers());
  }

  private static ApiResponse responseOf(Reply reply) {
    ApiResponse response = ApiResponse.of(reply.status());
    if (reply.contentType() != null) {
      response = response.withHeader("Content-Type", reply.contentType());
    }
    for (var header : reply.headers().entrySet()) {
      response = response.withHeader(header.getKey(), header.getValue());
    }
    if (reply.streamed() != null) {
      return response.withBody(reply.streamed().sample(STREAMED_SAMPLE_BYTES).toString());
    }
    return reply.body() == null ? response : response.withBody(reply.bodyText());
  }
}
