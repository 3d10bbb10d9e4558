package io.kaitenkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kaitenkit.mock.admin.ProviderState;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code @State} constants say exactly what the mock's provider-state vocabulary says. */
class PactStatesTest {

  @Test
  void everyConstantIsTheSentenceTheVocabularyMakes() {
    for (Map.Entry<String, String> entry : PactStates.vocabulary().entrySet()) {
      assertThat(entry.getKey()).as("@State constant").isEqualTo(entry.getValue());
    }
  }

  @Test
  void everyConstantIsUnderstoodByTheMock() {
    for (String sentence : PactStates.vocabulary().keySet()) {
      assertThat(ProviderState.match(sentence)).as(sentence).isPresent();
    }
  }
}
