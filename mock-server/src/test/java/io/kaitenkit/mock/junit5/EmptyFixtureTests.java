package io.kaitenkit.mock.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tests a subclass inherits, with the mock they run against: {@link InheritedTestsShareTheServerTest}. */
@KaitenMockTest(fixture = "empty")
abstract class EmptyFixtureTests {
  static final Set<String> BASE_URLS = new HashSet<>();

  @Test
  void anInheritedTestRunsOnTheServer(KaitenMockInfo info) {
    BASE_URLS.add(info.baseUrl());

    assertThat(info.tokens()).isEmpty(); // the superclass's fixture applies
  }
}

