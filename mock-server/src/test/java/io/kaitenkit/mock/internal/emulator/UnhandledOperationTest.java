package io.kaitenkit.mock.internal.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.mock.internal.RequestPaths;
import io.kaitenkit.mock.internal.http.Dispatcher;
import io.kaitenkit.mock.internal.http.Reply;
import io.kaitenkit.mock.internal.ratelimit.RateLimit;
import io.kaitenkit.mock.internal.state.FixtureReader;
import io.kaitenkit.mock.internal.state.FixtureWriter;
import io.kaitenkit.mock.internal.state.Fixtures;
import io.kaitenkit.mock.internal.state.GuardedModel;
import io.kaitenkit.spec.ApiResponse;
import io.kaitenkit.spec.KaitenApiSpec;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An operation of a newer contract that the emulator has no handler for answers its documented 2xx example. */
class UnhandledOperationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private KaitenApiSpec spec;
  private GuardedModel store;
  private Dispatcher emulator;

  @BeforeEach
  void setUp() throws URISyntaxException {
    spec = KaitenApiSpec.load(Path.of(Objects.requireNonNull(
        getClass().getResource("/contracts/kaiten-group-users-with-get-group.yaml")).toURI()));
    store = new GuardedModel(new FixtureReader(spec).read("demo", Fixtures.read("demo")));
    emulator = RequestPaths.decisionOrder(spec, store, new RateLimit(0, () -> 0L), () -> 1_767_225_600_000L);
  }

  @Test
  void theContractHasAnOperationWithoutHandler() {
    assertThat(spec.operationIds()).contains("getGroupSummary", "listGroupUsers", "addUserToGroup", "removeUserFromGroup");
  }

  @Test
  void answersTheDocumentedSuccessExample() throws Exception {
    String before = state();

    Reply reply = handle(getGroup("developers").token("demo-admin-token").build());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    assertThat(JSON.readTree(reply.bodyText()))
        .isEqualTo(JSON.readTree(spec.operation("getGroupSummary").response(200).example()));
    assertThat(spec.validateResponse("getGroupSummary", ApiResponse.of(200)
        .withHeader("Content-Type", reply.contentType()).withBody(reply.bodyText()))).isEmpty();
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void stillAnswers401ToAnUnknownToken() {
    Reply reply = handle(getGroup("developers").token("no-such-token").build());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.bodyText()).isEqualTo("Invalid token");
  }

  @Test
  void stillHonoursPrefer() {
    Reply reply = handle(getGroup("developers").token("demo-admin-token").header("Prefer", "code=404").build());

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body()).isNull();
  }

  @Test
  void theHandledOperationsStillWorkUnderTheLargerContract() {
    Reply reply = handle(Calls.to(spec, "removeUserFromGroup")
        .path("group_uid", "developers").path("user_id", 42).token("demo-admin-token").build());

    List<Long> members = store.apply(state -> List.copyOf(state.groups().get("developers").members()));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(members).containsExactly(43L);
  }

  private Reply handle(io.kaitenkit.mock.internal.http.ApiCall call) {
    return emulator.dispatch(call).result();
  }

  private Calls getGroup(String uid) {
    return Calls.to(spec, "getGroupSummary").path("group_uid", uid);
  }

  private String state() {
    return store.apply(FixtureWriter::text);
  }
}
