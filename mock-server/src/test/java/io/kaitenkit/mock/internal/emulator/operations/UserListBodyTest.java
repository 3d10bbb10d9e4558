package io.kaitenkit.mock.internal.emulator.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaitenkit.mock.internal.state.FixtureReader;
import io.kaitenkit.mock.internal.state.KaitenModel;
import io.kaitenkit.mock.internal.state.MemberSet;
import io.kaitenkit.spec.KaitenApiSpec;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A list of users written a part at a time is the same bytes as the list built whole, of the length announced. */
class UserListBodyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int USERS = 400;
  private final KaitenModel state = new FixtureReader(KaitenApiSpec.bundled()).read("crowd", crowd());
  private final MemberSet all = new MemberSet(LongStream.rangeClosed(1, USERS).boxed().toList());

  @Test
  void writtenInPartsItIsTheWholeListOfTheAnnouncedLength() throws Exception {
    UserListBody streamed = UserListBody.of(state, all);
    Buffer whole = UserListBody.of(state, all).whole();
    Buffer parts = Buffer.buffer();
    int calls = 0;
    boolean more = true;
    while (more) {
      int before = parts.length();
      more = streamed.appendTo(parts, before + 4096);
      assertThat(parts.length()).as("a call adds at least what was asked, unless it ends the list")
          .isGreaterThanOrEqualTo(more ? before + 4096 : before + 1);
      calls++;
    }

    assertThat(parts).isEqualTo(whole);
    assertThat(streamed.length()).isEqualTo(whole.length());
    assertThat(calls).isGreaterThan(10);
    JsonNode users = JSON.readTree(parts.getBytes());
    assertThat(users).hasSize(USERS);
    assertThat(users.get(USERS - 1).get("id").asLong()).isEqualTo(USERS);
  }

  @Test
  void theSampleIsACompleteListOfTheFirstUsersWithinItsSize() throws Exception {
    UserListBody body = UserListBody.of(state, all);

    Buffer sample = body.sample(16 * 1024);
    Buffer tiny = body.sample(10);

    assertThat(sample.length()).isLessThanOrEqualTo(16 * 1024);
    JsonNode users = JSON.readTree(sample.getBytes());
    assertThat(users.size()).isBetween(2, USERS - 1);
    assertThat(users.get(0).get("id").asLong()).isEqualTo(1);
    assertThat(JSON.readTree(tiny.getBytes())).as("never empty of users").hasSize(1);
    assertThat(UserListBody.of(state, new MemberSet(List.of())).sample(10).toString()).isEqualTo("[]");
  }

  @Test
  void anEmptyListIsAnEmptyArray() {
    UserListBody empty = UserListBody.of(state, new MemberSet(List.of()));
    Buffer out = Buffer.buffer();

    assertThat(empty.appendTo(out, 1024)).isFalse();
    assertThat(out.toString()).isEqualTo("[]");
    assertThat(empty.length()).isEqualTo(2);
  }

  private static String crowd() {
    StringBuilder users = new StringBuilder();
    for (int id = 1; id <= USERS; id++) {
      users.append(id == 1 ? "" : ",").append("{\"id\":").append(id).append(",\"company\":\"acme\",")
          .append(id == 3 ? "\"sd_telegram_id\":7," : "")
          .append("\"full_name\":\"Member ").append(id).append("\",\"email\":\"m").append(id).append("@acme.example\"}");
    }
    return "{\"companies\":[{\"domain\":\"acme\",\"id\":1,\"tariff\":{\"groups\":true}}],\"users\":[" + users
        + "],\"groups\":[],\"tokens\":{}}";
  }
}
