package io.kaitenkit.mock.internal.admin;

import io.kaitenkit.mock.admin.ProxyDrift;
import io.kaitenkit.mock.admin.Fault;
import io.kaitenkit.mock.admin.ProviderState;
import io.kaitenkit.mock.admin.RecordedExchange;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.faults.FaultRegistry;
import io.kaitenkit.mock.internal.journal.Journal;
import io.kaitenkit.mock.internal.messages.KnownIds;
import io.kaitenkit.mock.internal.proxy.DriftLedger;
import io.kaitenkit.mock.internal.ratelimit.RateLimit;
import io.kaitenkit.mock.internal.ratelimit.RateLimiter;
import io.kaitenkit.mock.internal.state.GuardedLiveState;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.spec.ApiOperation;
import io.kaitenkit.spec.DocumentedResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a test can do to a running mock, in one vocabulary: the HTTP admin API and the Java API
 * of {@code KaitenMockServer} both call these methods.
 */
public final class Admin {
  /** Kaiten's documented limit, used when a provider state needs a limit and none is set. */
  static final int KAITEN_RATE_LIMIT = 5;

  private final GuardedLiveState state;
  private final KaitenModel startupState;
  private final Journal journal;
  private final FaultRegistry faults;
  private final RateLimit limit;
  private final int startupRateLimit;
  private final ProviderStateActions providerStates;
  private final KaitenApiSpec spec;
  private final DriftLedger drift;
  /**
   * The journal's last sequence when the last setup in a row was applied, or {@link #AFRESH}: a setup
   * accumulates on earlier ones only while no API request came in between.
   */
  private long setupsFollow = AFRESH;
  private static final long AFRESH = -1;

  public Admin(KaitenApiSpec spec, GuardedLiveState state, KaitenModel startupState, Journal journal, FaultRegistry faults,
      RateLimit limit, DriftLedger drift, int startupRateLimit) {
    this.spec = spec;
    this.drift = drift;
    this.state = state;
    this.startupState = startupState;
    this.journal = journal;
    this.faults = faults;
    this.limit = limit;
    this.startupRateLimit = startupRateLimit;
    this.providerStates = new ProviderStateActions(this, state);
  }

  public KaitenApiSpec spec() {
    return spec;
  }

  public GuardedLiveState state() {
    return state;
  }

  public Journal journal() {
    return journal;
  }

  /** The startup fixture, an empty journal, no faults, the startup rate limit, no drift. */
  public synchronized void reset() {
    restore();
    setupsFollow = AFRESH;
    journal.clear();
    drift.clear();
  }

  /** Like {@link #reset()} but keeps the journal: what a provider state's teardown does. */
  void restore() {
    state.replace(startupState.copy());
    faults.clear();
    rateLimit(startupRateLimit);
  }

  public List<RecordedExchange> requests() {
    return journal.entries();
  }

  public void clearRequests() {
    journal.clear();
  }

  /** What the validation proxy saw since the start or the last reset; empty when it is off. */
  public ProxyDrift drift() {
    return drift.report();
  }

  public void clearDrift() {
    drift.clear();
  }

  /**
   * Adds a fault in front of the emulator.
   *
   * @throws IllegalArgumentException when it names an operation the contract does not have: it would never fire
   */
  public Fault addFault(Fault fault) {
    if (fault.operationId() != null && spec.operations().stream().noneMatch(op -> op.id().equals(fault.operationId()))) {
      throw new IllegalArgumentException("unknown \"operationId\" '" + AdminJson.shorten(fault.operationId())
          + "'; known: " + KnownIds.list(spec.operations().stream().map(ApiOperation::id).toList()));
    }
    return faults.add(fault);
  }

  public List<Fault> faults() {
    return faults.list();
  }

  public boolean removeFault(String id) {
    return faults.remove(id);
  }

  public void clearFaults() {
    faults.clear();
  }

  /** Requests a second per token, 0 when the limit is off. */
  public int rateLimit() {
    return limit.requestsPerSecond();
  }

  /** Sets the limit; 0 turns it off. Windows start afresh. */
  public void rateLimit(int requestsPerSecond) {
    limit.set(requestsPerSecond);
  }

  /**
   * Uses up the token's current window so that its next request gets 429; turns the limit on at
   * Kaiten's 5 a second when it is off.
   */
  public void exhaustRateLimit(String token) {
    limit.exhaust(token, KAITEN_RATE_LIMIT);
  }

  /**
   * Answers the operation's next request with the documented example of the status, headers and all.
   *
   * @throws IllegalArgumentException when the operation does not document the status
   */
  void answerNextAsDocumented(String operationId, int status) {
    ApiOperation operation = spec.operation(operationId);
    DocumentedResponse documented = operation.response(status);
    if (documented == null) {
      throw new IllegalArgumentException(operationId + " documents no " + status + "; it documents "
          + operation.statuses());
    }
    Map<String, String> headers = new LinkedHashMap<>(documented.exampleHeaders());
    if (documented.contentType() != null) {
      headers.put("Content-Type", documented.contentType());
    }
    faults.add(Fault.on(operationId).times(1).status(status, headers, documented.example()));
  }

  /**
   * Sets up or tears down a provider state, as Pact's state-change call asks. A teardown restores the
   * startup state, faults and rate limit. A setup starts from that same startup state unless it follows
   * other setups with no API request in between: then it adds to them, which is how a verifier sends
   * one interaction's several states. So interactions stay apart whether or not teardown is sent.
   * A setup that fails leaves everything as it was.
   *
   * @throws IllegalArgumentException naming the known states when the sentence is not one of them
   */
  public synchronized ProviderState.Match providerState(String sentence, Map<String, ?> params, boolean setup) {
    ProviderState.Match match = providerStates.resolve(sentence, params);
    if (!setup) {
      restore();
      setupsFollow = AFRESH;
      return match;
    }
    boolean afresh = setupsFollow == AFRESH || setupsFollow != journal.lastSequence();
    Runnable undo = afresh ? restoreAndKeepUndo() : null;
    try {
      providerStates.setUp(match);
    } catch (RuntimeException e) {
      if (undo != null) {
        undo.run();
      }
      throw e;
    }
    setupsFollow = journal.lastSequence();
    return match;
  }

  /** Restores the startup state and answers what puts back the state, faults and limiter it replaced. */
  private Runnable restoreAndKeepUndo() {
    KaitenModel keptState = state.store().apply(KaitenModel::copy);
    List<Fault> keptFaults = faults.list();
    RateLimiter keptLimiter = limit.current();
    restore();
    return () -> {
      state.replace(keptState);
      faults.restore(keptFaults);
      limit.restore(keptLimiter);
    };
  }
}
