package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.kaitenkit.contract.DriftFacts.Check;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pact's provider verification of the mock: every interaction the consumer tests recorded is replayed against
 * an in-process mock, with its provider state arranged through the mock's own vocabulary, and strict mode must
 * have found nothing wrong in the mock's answer.
 */
@Provider(Pacts.PROVIDER)
@PactFolder("${pact.rootDir:target/pacts}")
class MockProviderVerificationIT {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();
  private static KaitenMockServer mock;

  /** The sentences set up for the current interaction, torn down after it. */
  private final Deque<String> arranged = new ArrayDeque<>();

  @BeforeAll
  static void startMock() {
    Pacts.requireFiles();
    mock = KaitenMockServer.start();
  }

  @AfterAll
  static void stopMock() {
    if (mock != null) {
      mock.close();
    }
  }

  @BeforeEach
  void target(PactVerificationContext context) {
    mock.reset();
    context.setTarget(new HttpTestTarget("127.0.0.1", mock.port(), "/", Verifications.sendingOnce()));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void mockAnswersAsThePactExpects(PactVerificationContext context, Interaction interaction) {
    PactInteraction recorded = PactInteraction.of("pact of " + context.getConsumer().getName(), interaction);
    String operation = recorded.operationId(SPEC);
    try {
      Verifications.verify(context, recorded, "the mock");
      assertThat(mock.requests()).filteredOn(exchange -> !exchange.violations().isEmpty()).as("strict mode's findings for " + recorded.name()).isEmpty();
    } catch (AssertionError e) {
      String why = e.getMessage().replace(recorded.name() + " fails against the mock: ", "");
      DriftFacts.failed(Check.VERIFIED, operation, recorded.status(), recorded.description(),
          why.strip().replaceAll("\\s+", " "));
      throw e;
    }
    DriftFacts.passed(Check.VERIFIED, operation, recorded.status(), recorded.description());
  }

  @State(PactStates.ALAN_IS_A_DEVELOPER)
  void alanIsADeveloper(Map<String, Object> params) {
    arrange(PactStates.ALAN_IS_A_DEVELOPER, params);
  }

  @State(PactStates.GRACE_IS_NOT_A_DEVELOPER)
  void graceIsNotADeveloper(Map<String, Object> params) {
    arrange(PactStates.GRACE_IS_NOT_A_DEVELOPER, params);
  }

  @State(PactStates.DEVELOPERS_DOES_NOT_EXIST)
  void developersDoesNotExist(Map<String, Object> params) {
    arrange(PactStates.DEVELOPERS_DOES_NOT_EXIST, params);
  }

  @State(PactStates.GRACE_DOES_NOT_EXIST)
  void graceDoesNotExist(Map<String, Object> params) {
    arrange(PactStates.GRACE_DOES_NOT_EXIST, params);
  }

  @State(PactStates.BOB_MAY_NOT_MANAGE_DEVELOPERS)
  void bobMayNotManageDevelopers(Map<String, Object> params) {
    arrange(PactStates.BOB_MAY_NOT_MANAGE_DEVELOPERS, params);
  }

  @State(PactStates.TARIFF_HAS_NO_GROUPS)
  void tariffHasNoGroups(Map<String, Object> params) {
    arrange(PactStates.TARIFF_HAS_NO_GROUPS, params);
  }

  @State(PactStates.THE_TOKEN_IS_INVALID)
  void theTokenIsInvalid(Map<String, Object> params) {
    arrange(PactStates.THE_TOKEN_IS_INVALID, params);
  }

  @State(PactStates.THE_RATE_LIMIT_IS_EXHAUSTED)
  void theRateLimitIsExhausted(Map<String, Object> params) {
    arrange(PactStates.THE_RATE_LIMIT_IS_EXHAUSTED, params);
  }

  @State(PactStates.LIST_IS_REJECTED_AS_MALFORMED)
  void listIsRejectedAsMalformed(Map<String, Object> params) {
    arrange(PactStates.LIST_IS_REJECTED_AS_MALFORMED, params);
  }

  @State(PactStates.ADD_IS_REJECTED_AS_MALFORMED)
  void addIsRejectedAsMalformed(Map<String, Object> params) {
    arrange(PactStates.ADD_IS_REJECTED_AS_MALFORMED, params);
  }

  @State(PactStates.REMOVE_IS_REJECTED_AS_MALFORMED)
  void removeIsRejectedAsMalformed(Map<String, Object> params) {
    arrange(PactStates.REMOVE_IS_REJECTED_AS_MALFORMED, params);
  }

  @State(value = {
      PactStates.ALAN_IS_A_DEVELOPER,
      PactStates.GRACE_IS_NOT_A_DEVELOPER,
      PactStates.DEVELOPERS_DOES_NOT_EXIST,
      PactStates.GRACE_DOES_NOT_EXIST,
      PactStates.BOB_MAY_NOT_MANAGE_DEVELOPERS,
      PactStates.TARIFF_HAS_NO_GROUPS,
      PactStates.THE_TOKEN_IS_INVALID,
      PactStates.THE_RATE_LIMIT_IS_EXHAUSTED,
      PactStates.LIST_IS_REJECTED_AS_MALFORMED,
      PactStates.ADD_IS_REJECTED_AS_MALFORMED,
      PactStates.REMOVE_IS_REJECTED_AS_MALFORMED},
      action = StateChangeAction.TEARDOWN)
  void tearDown(Map<String, Object> params) {
    while (!arranged.isEmpty()) {
      mock.tearDownProviderState(arranged.pop(), params);
    }
  }

  private void arrange(String sentence, Map<String, Object> params) {
    mock.setUpProviderState(sentence, params);
    arranged.push(sentence);
  }
}
