package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.kaitenkit.contract.DriftFacts.Check;
import io.kaitenkit.mock.KaitenMockServer;
import io.kaitenkit.spec.KaitenApiSpec;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pact's provider verification of the mock: every interaction the consumer tests recorded is replayed against
 * an in-process mock, with its provider states arranged through the mock's own vocabulary (whatever their
 * sentence: no state needs a method of its own here), and strict mode must
 * have found nothing wrong in the mock's answer.
 */
@Provider(Pacts.PROVIDER)
@IgnoreMissingStateChange // the states are arranged in the test, from the mock's own vocabulary
@PactFolder("${pact.rootDir:target/pacts}")
class MockProviderVerificationIT {
  private static final KaitenApiSpec SPEC = KaitenApiSpec.bundled();
  private static KaitenMockServer mock;

  /** The states set up for the current interaction, torn down after it. */
  private final Deque<ProviderState> arranged = new ArrayDeque<>();

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
      arrange(interaction);
      Verifications.verify(context, recorded, "the mock");
      assertThat(mock.requests()).filteredOn(exchange -> !exchange.violations().isEmpty()).as("strict mode's findings for " + recorded.name()).isEmpty();
    } catch (AssertionError e) {
      String why = e.getMessage().replace(recorded.name() + " fails against the mock: ", "");
      DriftFacts.failed(Check.VERIFIED, operation, recorded.status(), recorded.description(),
          why.strip().replaceAll("\\s+", " "));
      throw e;
    } finally {
      tearDown();
    }
    DriftFacts.passed(Check.VERIFIED, operation, recorded.status(), recorded.description());
  }

  /** Sets up the interaction's states in order, as a verifier's state-change calls would. */
  private void arrange(Interaction interaction) {
    for (ProviderState state : interaction.getProviderStates()) {
      mock.setUpProviderState(state.getName(), state.getParams());
      arranged.push(state);
    }
  }

  private void tearDown() {
    while (!arranged.isEmpty()) {
      ProviderState state = arranged.pop();
      mock.tearDownProviderState(state.getName(), state.getParams());
    }
  }
}
