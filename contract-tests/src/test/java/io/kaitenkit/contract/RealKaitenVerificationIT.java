package io.kaitenkit.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import au.com.dius.pact.provider.junitsupport.IgnoreNoPactsToVerify;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same pacts verified against a real Kaiten space, when {@code KAITEN_BASE_URL} and {@code KAITEN_TOKEN}
 * are set (see {@link RealKaiten} for the other variables); skipped otherwise.
 *
 * <p>Requests go out with the real token and the space's group and user in place of the demo ones; states are
 * arranged through the API's own add and remove calls. Interactions whose state a test cannot arrange on a real
 * space (a tariff without groups, a used-up rate limit, a request only the mock rejects) are skipped with the
 * reason. The user's membership is put back as it was at the end. Without pacts it fails only when a real
 * space is configured ({@link Pacts#requireFiles()}); the mock's verification fails loudly either way.
 */
@Provider(Pacts.PROVIDER)
@IgnoreNoPactsToVerify
@IgnoreMissingStateChange // an interaction whose states this class cannot arrange is skipped, not failed
@PactFolder("${pact.rootDir:target/pacts}")
class RealKaitenVerificationIT {
  private static final Pattern GROUP_USERS =
      Pattern.compile("^" + Pattern.quote(Demo.BASE_PATH) + "/groups/([^/]+)/users(?:/(\\d+))?$");
  private static final Map<String, String> NOT_ARRANGEABLE = Map.of(
      PactStates.TARIFF_HAS_NO_GROUPS, "a test cannot switch a real space's tariff",
      PactStates.THE_RATE_LIMIT_IS_EXHAUSTED, "a test cannot use up Kaiten's rate limit reliably",
      PactStates.LIST_IS_REJECTED_AS_MALFORMED, "only the mock can be told to reject a well-formed request",
      PactStates.ADD_IS_REJECTED_AS_MALFORMED, "only the mock can be told to reject a well-formed request",
      PactStates.REMOVE_IS_REJECTED_AS_MALFORMED, "only the mock can be told to reject a well-formed request");

  /** The states this class arranges on a real space (its {@code @State} methods). */
  private static final Set<String> ARRANGEABLE = Set.of(PactStates.ALAN_IS_A_DEVELOPER,
      PactStates.GRACE_IS_NOT_A_DEVELOPER, PactStates.DEVELOPERS_DOES_NOT_EXIST, PactStates.GRACE_DOES_NOT_EXIST,
      PactStates.BOB_MAY_NOT_MANAGE_DEVELOPERS, PactStates.THE_TOKEN_IS_INVALID, PactStates.TARIFF_HAS_NO_GROUPS,
      PactStates.THE_RATE_LIMIT_IS_EXHAUSTED, PactStates.LIST_IS_REJECTED_AS_MALFORMED,
      PactStates.ADD_IS_REJECTED_AS_MALFORMED, PactStates.REMOVE_IS_REJECTED_AS_MALFORMED);

  private static RealKaiten kaiten;
  private static boolean wasMember;

  @BeforeAll
  static void readTheEnvironment() throws Exception {
    Optional<RealKaiten> configured = RealKaiten.fromEnvironment(System::getenv);
    if (configured.isPresent()) {
      kaiten = configured.get();
      Pacts.requireFiles();
      wasMember = kaiten.isMember();
    }
  }

  @AfterAll
  static void putTheMembershipBack() throws Exception {
    if (kaiten == null) {
      return;
    }
    if (wasMember) {
      kaiten.addUser();
    } else {
      kaiten.removeUser();
    }
  }

  /** Skips each interaction, before its state is arranged, when no real space is configured. */
  @BeforeEach
  void target(PactVerificationContext context) {
    assumeTrue(kaiten != null, RealKaiten.OFF);
    boolean https = "https".equalsIgnoreCase(kaiten.baseUrl().getScheme());
    context.setTarget(https
        ? new HttpsTestTarget(kaiten.baseUrl().getHost(), kaiten.port(), "/", false, Verifications.sendingOnce())
        : new HttpTestTarget(kaiten.baseUrl().getHost(), kaiten.port(), "/", Verifications.sendingOnce()));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void realKaitenAnswersAsThePactExpects(PactVerificationContext context, Interaction interaction,
      ClassicHttpRequest request) throws Exception {
    List<String> states = interaction.getProviderStates().stream().map(ProviderState::getName).toList();
    for (String state : states) {
      assumeTrue(!NOT_ARRANGEABLE.containsKey(state), () -> "Skipped on a real Kaiten: " + NOT_ARRANGEABLE.get(state));
      assumeTrue(ARRANGEABLE.contains(state), () -> "Skipped on a real Kaiten: no way to arrange \"" + state
          + "\" in a real space yet (the groups area beyond the group-users operations runs on the mock only)");
    }
    boolean needsNoPermission = states.contains(PactStates.BOB_MAY_NOT_MANAGE_DEVELOPERS);
    assumeTrue(!needsNoPermission || kaiten.noPermissionToken() != null,
        "Skipped on a real Kaiten: set " + RealKaiten.NO_PERMISSION_TOKEN + " for the 403 interactions");

    rewrite(request, states);
    RealKaiten.pace();
    Verifications.verify(context, PactInteraction.of("pact of " + context.getConsumer().getName(), interaction),
        kaiten.baseUrl().toString());
  }

  @State(PactStates.ALAN_IS_A_DEVELOPER)
  void userIsAMember() throws Exception {
    kaiten.addUser();
  }

  @State(PactStates.GRACE_IS_NOT_A_DEVELOPER)
  void userIsNotAMember() throws Exception {
    kaiten.removeUser();
  }

  /** Nothing to arrange: the request goes to a group uid or user id that no space has, or with another token. */
  @State({
      PactStates.DEVELOPERS_DOES_NOT_EXIST,
      PactStates.GRACE_DOES_NOT_EXIST,
      PactStates.BOB_MAY_NOT_MANAGE_DEVELOPERS,
      PactStates.THE_TOKEN_IS_INVALID})
  void arrangedByTheRequest() {}

  /** Cannot be arranged on a real space; the interaction is skipped. */
  @State({
      PactStates.TARIFF_HAS_NO_GROUPS,
      PactStates.THE_RATE_LIMIT_IS_EXHAUSTED,
      PactStates.LIST_IS_REJECTED_AS_MALFORMED,
      PactStates.ADD_IS_REJECTED_AS_MALFORMED,
      PactStates.REMOVE_IS_REJECTED_AS_MALFORMED})
  void notArrangeable() {}

  /** The pact's request with the real token, base path, group and user in place of the demo ones. */
  private static void rewrite(ClassicHttpRequest request, List<String> states) {
    String pactToken = request.getFirstHeader(PactClients.AUTHORIZATION) == null ? ""
        : request.getFirstHeader(PactClients.AUTHORIZATION).getValue();
    String token = states.contains(PactStates.THE_TOKEN_IS_INVALID) ? RealKaiten.INVALID_TOKEN
        : pactToken.equals("Bearer " + Demo.NO_PERMISSION_TOKEN) ? kaiten.noPermissionToken()
        : kaiten.token();
    request.setHeader(PactClients.AUTHORIZATION, "Bearer " + token);

    String groupUid = states.contains(PactStates.DEVELOPERS_DOES_NOT_EXIST) ? RealKaiten.MISSING_GROUP_UID
        : kaiten.groupUid();
    long userId = states.contains(PactStates.GRACE_DOES_NOT_EXIST) ? RealKaiten.MISSING_USER_ID : kaiten.userId();
    Matcher path = GROUP_USERS.matcher(request.getPath());
    if (!path.matches()) {
      throw new IllegalStateException("the pacts hold a path this check cannot map: " + request.getPath());
    }
    request.setPath(kaiten.basePath() + "/groups/" + groupUid + "/users"
        + (path.group(2) == null ? "" : "/" + userId));
    if ("POST".equalsIgnoreCase(request.getMethod())) {
      request.setEntity(new StringEntity("{\"user_id\":" + userId + "}", ContentType.APPLICATION_JSON));
    }
  }
}
