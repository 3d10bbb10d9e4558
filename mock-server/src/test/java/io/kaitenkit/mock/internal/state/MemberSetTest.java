package io.kaitenkit.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The member set against a TreeSet, its model, under many random adds and removes. */
class MemberSetTest {
  @Test
  void behavesLikeASortedSetUnderRandomChanges() {
    Random random = new Random(7);
    MemberSet members = new MemberSet(List.of());
    TreeSet<Long> model = new TreeSet<>();
    for (int i = 0; i < 200_000; i++) {
      long id = 1 + random.nextInt(5_000);
      if (random.nextBoolean()) {
        assertThat(members.add(id)).isEqualTo(model.add(id));
      } else {
        assertThat(members.remove(id)).isEqualTo(model.remove(id));
      }
      if (i % 10_000 == 0) {
        assertThat(members).containsExactlyElementsOf(model);
      }
    }
    assertThat(members.size()).isEqualTo(model.size());
    assertThat(members).containsExactlyElementsOf(model);
    for (long id = 1; id <= 5_000; id++) {
      assertThat(members.contains(id)).isEqualTo(model.contains(id));
    }
  }

  @Test
  void aCopyIsIndependent() {
    MemberSet members = new MemberSet(List.of(3L, 1L, 2L));
    MemberSet copy = members.copy();

    copy.remove(2L);
    copy.add(9L);

    assertThat(members).containsExactly(1L, 2L, 3L);
    assertThat(copy).containsExactly(1L, 3L, 9L);
  }

  @Test
  void idsBelowOneAreRefused() {
    assertThatThrownBy(() -> new MemberSet(List.of(0L))).hasMessage("user ids are >= 1, got 0");
  }
}
