package io.kaitenkit.mock.admin;

import static java.util.Objects.requireNonNull;

import io.kaitenkit.mock.admin.internal.HttpKaitenAdmin;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a test can do to a Kaiten mock, whether it runs in this JVM ({@code KaitenMockServer}
 * implements this) or in another process ({@link #connect(URI)} drives its {@code /__admin} API over
 * HTTP with the JDK's client, so no Vert.x is needed on the caller's classpath).
 *
 * <pre>{@code
 * KaitenAdmin kaiten = KaitenAdmin.connect(URI.create("http://127.0.0.1:8080"));
 * kaiten.setUpProviderState(ProviderState.USER_IS_MEMBER.sentence(42, "developers"), Map.of());
 * kaiten.addFault(Fault.on("removeUserFromGroup").times(1).status(503));
 * }</pre>
 *
 * <p>Over HTTP, a call the admin API refuses throws {@link KaitenAdminException} with its status and
 * message; in process the same mistakes throw {@link IllegalArgumentException}.
 */
public interface KaitenAdmin {

  /**
   * An admin client of the mock at {@code baseUrl}, without admin token: its origin
   * ({@code http://127.0.0.1:8080}), its API base URL or its {@code /__admin} URL.
   */
  static KaitenAdmin connect(URI baseUrl) {
    return new HttpKaitenAdmin(requireNonNull(baseUrl, "baseUrl == null"), null);
  }

  /** An admin client that sends the admin token the mock was started with ({@code --admin-token}). */
  static KaitenAdmin connect(URI baseUrl, String adminToken) {
    requireNonNull(adminToken, "adminToken == null");
    return new HttpKaitenAdmin(requireNonNull(baseUrl, "baseUrl == null"), adminToken);
  }

  /** The whole state in the fixture format. */
  String stateJson();

  /**
   * Replaces the whole state with fixture text; an invalid fixture is refused naming the field, and
   * the old state stays.
   */
  void replaceState(String fixtureJson);

  /** Back to the startup fixture, with an empty journal, no faults, the startup rate limit and no drift. */
  void reset();

  /** The journal: the last requests (up to its capacity), oldest first; admin calls are not in it. */
  List<RecordedExchange> requests();

  /**
   * The next request not yet taken, in the order responses ended; waits up to the timeout and answers
   * null when none arrives.
   */
  RecordedExchange takeRequest(long timeout, TimeUnit unit) throws InterruptedException;

  /** Requests received since the start or the last reset, admin calls excluded. */
  long requestCount();

  /** Empties the journal. */
  void clearRequests();

  /** Adds a fault in front of the emulator and answers it with the id the mock gave it. */
  Fault addFault(Fault fault);

  /** The active faults; {@code times} shows how many requests each may still affect. */
  List<Fault> faults();

  /** Removes one fault; false when none has this id (it fired its last time, or never was). */
  boolean removeFault(String id);

  /** Removes every fault. */
  void clearFaults();

  /** Requests a second per token, 0 when the limit is off. */
  int rateLimit();

  /** Sets Kaiten's rate limit per token; 0 turns it off. */
  void rateLimit(int requestsPerSecond);

  /** Makes the token's next request get 429 (turning the limit on at 5 a second if it is off). */
  void exhaustRateLimit(String token);

  /**
   * Sets up a provider state, a sentence of {@link ProviderState}; {@code params} give or override its
   * parameters by name.
   */
  void setUpProviderState(String sentence, Map<String, ?> params);

  /** Tears a provider state down: back to the startup state, faults and rate limit; the journal stays. */
  void tearDownProviderState(String sentence, Map<String, ?> params);

  /** What the validation proxy saw since the start or the last reset; empty when the mock emulates. */
  ProxyDrift drift();

  /** Forgets what the validation proxy saw. */
  void clearDrift();
}
