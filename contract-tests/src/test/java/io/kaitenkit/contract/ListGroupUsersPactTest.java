package io.kaitenkit.contract;

import static io.kaitenkit.contract.PactClients.client;
import static io.kaitenkit.contract.PactClients.request;
import static io.kaitenkit.contract.PactClients.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.kaitenkit.client.KaitenResult;
import io.kaitenkit.client.User;
import io.kaitenkit.client.UserExtended;
import io.kaitenkit.mock.admin.ProviderState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the reference client expects of GET /groups/{group_uid}/users, one interaction per documented status. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Pacts.PROVIDER)
class ListGroupUsersPactTest {
  private static final String PATH = Demo.BASE_PATH + "/groups/" + Demo.DEVELOPERS + "/users";

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact members(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.USER_IS_MEMBER.sentence(Demo.ALAN, Demo.DEVELOPERS))
            .uponReceiving("a request for the members of group developers"),
        "GET", PATH, Demo.ADMIN_TOKEN)
        .willRespondWith()
        .status(200).matchHeader("Content-Type", PactBodies.JSON, "application/json")
        .body(PactBodies.members())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "members")
  void membersAreListed(MockServer server) throws Exception {
    KaitenResult<List<UserExtended>> result = client(server, Demo.ADMIN_TOKEN).listGroupUsers(Demo.DEVELOPERS);

    assertThat(result).isInstanceOf(KaitenResult.Ok.class);
    assertThat(result.orThrow()).extracting(UserExtended::id).containsExactly(Demo.ALAN);
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact malformed(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.NEXT_REQUEST_REJECTED_AS_MALFORMED.sentence("listGroupUsers"))
            .uponReceiving("a request for the members of group developers that is rejected as malformed"),
        "GET", PATH, Demo.ADMIN_TOKEN)
        .willRespondWith()
        .status(400).matchHeader("Content-Type", PactBodies.JSON, "application/json")
        .body(PactBodies.message("Path parameter 'group_uid' is malformed"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "malformed")
  void malformedRequestIsABadRequestWithTheMessage(MockServer server) throws Exception {
    KaitenResult<List<UserExtended>> result = client(server, Demo.ADMIN_TOKEN).listGroupUsers(Demo.DEVELOPERS);

    assertOutcome(result, new KaitenResult.BadRequest<>("Path parameter 'group_uid' is malformed"));
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact invalidToken(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.TOKEN_IS_INVALID.sentence(), PactStates.ADMIN_TOKEN_PARAMS)
            .uponReceiving("a request for the members of group developers with an invalid token"),
        "GET", PATH, Demo.ADMIN_TOKEN)
        .willRespondWith()
        .status(401).matchHeader("Content-Type", PactBodies.TEXT, "text/plain")
        .body("Invalid token", "text/plain")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "invalidToken")
  void invalidTokenIsUnauthorized(MockServer server) throws Exception {
    KaitenResult<List<UserExtended>> result = client(server, Demo.ADMIN_TOKEN).listGroupUsers(Demo.DEVELOPERS);

    assertThat(result).isInstanceOf(KaitenResult.Unauthorized.class);
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact forbidden(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.USER_MAY_NOT_MANAGE_GROUP.sentence(Demo.NO_PERMISSION_USER, Demo.DEVELOPERS))
            .uponReceiving("a request for the members of group developers by a user who may not manage it"),
        "GET", PATH, Demo.NO_PERMISSION_TOKEN)
        .willRespondWith()
        .status(403)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "forbidden")
  void userWithoutRightsIsForbidden(MockServer server) throws Exception {
    KaitenResult<List<UserExtended>> result = client(server, Demo.NO_PERMISSION_TOKEN).listGroupUsers(Demo.DEVELOPERS);

    assertThat(result).isInstanceOf(KaitenResult.Forbidden.class);
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact missingGroup(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.GROUP_DOES_NOT_EXIST.sentence(Demo.DEVELOPERS))
            .uponReceiving("a request for the members of a group that does not exist"),
        "GET", PATH, Demo.ADMIN_TOKEN)
        .willRespondWith()
        .status(404)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "missingGroup")
  void missingGroupIsNotFound(MockServer server) throws Exception {
    KaitenResult<List<UserExtended>> result = client(server, Demo.ADMIN_TOKEN).listGroupUsers(Demo.DEVELOPERS);

    assertThat(result).isInstanceOf(KaitenResult.NotFound.class);
  }

  @Pact(consumer = Pacts.CONSUMER)
  V4Pact rateLimited(PactDslWithProvider builder) {
    return request(builder
            .given(ProviderState.RATE_LIMIT_EXHAUSTED.sentence(), PactStates.ADMIN_TOKEN_PARAMS)
            .uponReceiving("a request for the members of group developers over the rate limit"),
        "GET", PATH, Demo.ADMIN_TOKEN)
        .willRespondWith()
        .status(429)
        .matchHeader("X-RateLimit-Remaining", PactBodies.INTEGER, "0")
        .matchHeader("X-RateLimit-Reset", PactBodies.INTEGER, "1767225600000")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rateLimited")
  void overTheRateLimitIsRateLimitedUntilTheReset(MockServer server) throws Exception {
    KaitenResult<List<UserExtended>> result = client(server, Demo.ADMIN_TOKEN).listGroupUsers(Demo.DEVELOPERS);

    assertOutcome(result, new KaitenResult.RateLimited<>(0, Instant.ofEpochMilli(1767225600000L)));
  }
}
