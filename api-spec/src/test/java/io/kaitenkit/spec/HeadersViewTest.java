package io.kaitenkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A view reads a server's header map in place, any case, and asks it once for a name asked twice in a row. */
class HeadersViewTest {
  private final CountingSource source = new CountingSource(List.of(
      Map.entry("Authorization", "Bearer t0ken"), Map.entry("Accept", "text/plain"),
      Map.entry("Accept", "application/json")));
  private final Map<String, List<String>> view = Headers.view(source);

  @Test
  void answersEachNameFromTheSourceInAnyCase() {
    assertThat(view.get("authorization")).containsExactly("Bearer t0ken");
    assertThat(view.get("ACCEPT")).containsExactly("text/plain", "application/json");
    assertThat(view.get("Cookie")).isNull();
    assertThat(view.containsKey("Accept")).isTrue();
    assertThat(view.containsKey("Cookie")).isFalse();
    assertThat(view).containsOnlyKeys("Authorization", "Accept");
  }

  @Test
  void theSameNameAskedAgainIsNotLookedUpAgain() {
    List<String> first = view.get("Authorization");
    List<String> again = view.get("Authorization");

    assertThat(again).isSameAs(first).containsExactly("Bearer t0ken");
    assertThat(source.lookUps).containsExactly("Authorization");
  }

  @Test
  void anotherNameInBetweenIsLookedUpAndTheFirstOneAgainAfterIt() {
    view.get("Authorization");
    assertThat(view.get("Accept")).containsExactly("text/plain", "application/json");
    assertThat(view.get("Authorization")).containsExactly("Bearer t0ken");
    assertThat(view.get("Missing")).isNull();
    assertThat(view.get("Missing")).isNull();

    assertThat(source.lookUps).containsExactly("Authorization", "Accept", "Authorization", "Missing");
  }

  @Test
  void theValuesCannotBeChanged() {
    assertThatThrownBy(() -> view.get("Accept").add("text/html")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(view.get("Accept")).containsExactly("text/plain", "application/json");
  }

  /** A server's header map as Vert.x's behaves: a new list of the values of any case for each look-up. */
  private static final class CountingSource implements Headers.Source {
    private final List<Map.Entry<String, String>> lines;
    final List<String> lookUps = new ArrayList<>();

    CountingSource(List<Map.Entry<String, String>> lines) {
      this.lines = lines;
    }

    @Override
    public List<String> getAll(String name) {
      lookUps.add(name);
      List<String> values = new ArrayList<>();
      for (Map.Entry<String, String> line : lines) {
        if (line.getKey().equalsIgnoreCase(name)) {
          values.add(line.getValue());
        }
      }
      return values;
    }

    @Override
    public Iterable<Map.Entry<String, String>> lines() {
      return lines;
    }
  }
}
