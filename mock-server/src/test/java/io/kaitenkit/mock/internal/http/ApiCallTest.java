package io.kaitenkit.mock.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.spec.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiCallTest {

  @Test
  void theTokenIsReadFromTheAuthorizationHeaderOnceHoweverOftenItIsAskedFor() {
    List<String> lookUps = new ArrayList<>();
    Map<String, List<String>> headers = Headers.view(new Headers.Source() {
      @Override
      public List<String> getAll(String name) {
        lookUps.add(name);
        return switch (name.toLowerCase()) {
          case "authorization" -> List.of("Bearer  tok-1 ");
          case "prefer" -> List.of("code=200");
          default -> List.of();
        };
      }

      @Override
      public Iterable<Map.Entry<String, String>> lines() {
        return List.of();
      }
    });
    ApiCall call = new ApiCall(null, "GET", "/api/latest/users/current", null, headers, null, Map.of());

    for (int i = 0; i < 4; i++) {
      assertThat(call.token()).isEqualTo("tok-1");
      assertThat(call.header("Prefer")).isEqualTo("code=200");
    }

    assertThat(lookUps.stream().filter("Authorization"::equalsIgnoreCase)).hasSize(1);
  }

  @Test
  void aMissingOrForeignAuthorizationHeaderGivesNoToken() {
    ApiCall none = new ApiCall(null, "GET", "/x", null, Headers.copyOf(Map.of()), null, Map.of());
    ApiCall basic = new ApiCall(null, "GET", "/x", null,
        Headers.copyOf(Map.of("authorization", List.of("Basic dTpw"))), null, Map.of());
    ApiCall empty = new ApiCall(null, "GET", "/x", null,
        Headers.copyOf(Map.of("Authorization", List.of("Bearer   "))), null, Map.of());

    assertThat(none.token()).isNull();
    assertThat(basic.token()).isNull();
    assertThat(empty.token()).isNull();
  }
}
