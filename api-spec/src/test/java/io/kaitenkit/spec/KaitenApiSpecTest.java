package io.kaitenkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading contracts, looking operations up, and sharing one instance between threads. */
class KaitenApiSpecTest {
  private final KaitenApiSpec spec = KaitenApiSpec.bundled();

  @Test
  void bundledIsParsedOnceAndShared() {
    assertThat(KaitenApiSpec.bundled()).isSameAs(spec);
  }

  @Test
  void loadsAContractFromAFile() throws Exception {
    Path file = Path.of(getClass().getClassLoader().getResource(KaitenApiSpec.BUNDLED_RESOURCE).toURI());

    KaitenApiSpec loaded = KaitenApiSpec.load(file);

    assertThat(loaded.operationIds()).containsExactlyElementsOf(spec.operationIds());
    assertThat(loaded.source()).endsWith("kaiten-group-users.yaml");
  }

  @Test
  void missingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> KaitenApiSpec.load(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contract file not found: " + missing);
  }

  @Test
  void unreadableYamlIsNamedWithFileAndLine() {
    assertThatThrownBy(() -> KaitenApiSpec.load(getClass().getResource("/contracts/not-yaml.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not-yaml.yaml")
        .hasMessageContaining("line");
  }

  @Test
  void documentThatIsNotOpenApiIsNamed() {
    assertThatThrownBy(() -> KaitenApiSpec.load(getClass().getResource("/contracts/not-openapi.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not-openapi.yaml is not valid OpenAPI 3.0");
  }

  @Test
  void unknownOperationListsTheKnownOnes() {
    assertThatThrownBy(() -> spec.operation("deleteGroup"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown operation 'deleteGroup'; the contract has"
            + " [listGroups, createGroup, getGroup, updateGroup, removeGroup, listGroupUsers, addUserToGroup,"
            + " removeUserFromGroup, listGroupAdmins, addAdminToGroup, removeAdminFromGroup, getCurrentUser, listUsers]");
  }

  @Test
  void findsTheOperationOfARequest() {
    assertThat(spec.findOperation("DELETE", "/api/latest/groups/dev%2Fops/users/42"))
        .map(ApiOperation::id).contains("removeUserFromGroup");
    assertThat(spec.findOperation("get", "/api/latest/groups/developers/users"))
        .map(ApiOperation::id).contains("listGroupUsers");
    assertThat(spec.findOperation("PUT", "/api/latest/groups/developers/users")).isEmpty();
    assertThat(spec.findOperation("DELETE", "/groups/developers/users/42")).isEmpty();
    assertThat(spec.findOperation("DELETE", "/api/latest/groups/developers/users/42/extra")).isEmpty();
  }

  @Test
  void validatesFromManyThreadsAtOnce() throws Exception {
    String good = spec.operation("removeUserFromGroup").response(200).example();
    String bad = good.replace("\"id\":42", "\"id\":\"42\"");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Violation>>> results = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        String body = i % 2 == 0 ? good : bad;
        results.add(pool.submit(() -> spec.validateResponse("removeUserFromGroup",
            ApiResponse.of(200).withHeader("Content-Type", "application/json").withBody(body))));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).hasSize(i % 2 == 0 ? 0 : 1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void valuesReadWellInFailureMessages() {
    assertThat(new Violation("body.email", "Field 'email' is required.").toString())
        .isEqualTo("body.email: Field 'email' is required.");
    assertThat(spec.operation("listGroupUsers").toString())
        .isEqualTo("listGroupUsers (GET /groups/{group_uid}/users, [200, 400, 401, 403, 404, 429])");
  }

  @Test
  void headerNamesIgnoreCase() {
    ApiResponse response = ApiResponse.of(200).withHeader("content-type", "application/json");

    assertThat(response.header("Content-Type")).isEqualTo("application/json");
    assertThat(ApiResponse.of(200).header("Content-Type")).isNull();
  }

  @Test
  void validatesAValueAgainstANamedSchema() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode user = (ObjectNode) mapper.readTree(spec.operation("removeUserFromGroup").response(200).example());
    user.put("theme", "pink");

    assertThat(spec.validateSchema("User", user))
        .singleElement()
        .hasToString("theme: Value 'pink' is not defined in the schema.");
    assertThat(spec.validateSchema("Message", mapper.readTree("{\"message\":\"x\"}"))).isEmpty();
    assertThatThrownBy(() -> spec.validateSchema("Team", user))
        .hasMessage("unknown schema 'Team'; the contract has [AddUserRequest, CreateGroupRequest,"
            + " UpdateGroupRequest, GroupPermissions, Group, Message, User, UserExtended, CurrentUser, UsersListRow]");
  }
}
