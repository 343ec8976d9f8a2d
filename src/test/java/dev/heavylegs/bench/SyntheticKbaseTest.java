package dev.heavylegs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.authoring.Validation;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.file.AnswersReader;
import dev.heavylegs.scenarios.Scenario;
import dev.heavylegs.scenarios.ScenarioReader;
import dev.heavylegs.scenarios.ScenarioRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The synthetic knowledge bases the scaling benchmark measures stay valid as the loader's checks
 * change: exactly the rules asked for, no error and no warning, every scenario passing, and the
 * generated profiles accepted as answers. (Nothing here is timed.)
 */
class SyntheticKbaseTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {15, 50, 76})
  void hasExactlyTheRulesAskedForAndValidatesWithoutAnyProblem(int rules) throws Exception {
    List<SyntheticTopic> topics = SyntheticKbase.write(rules, dir);

    Validation validation = Validation.of(dir);

    assertThat(validation.problems()).isEmpty();
    KnowledgeBase knowledgeBase = validation.knowledgeBase().orElseThrow();
    assertThat(knowledgeBase.rules().all()).hasSize(rules);
    assertThat(knowledgeBase.questions().all()).hasSize(SyntheticKbase.questionCount(topics));
  }

  @Test
  void everyScenarioPasses() throws Exception {
    SyntheticKbase.write(50, dir);
    KnowledgeBase knowledgeBase = Validation.of(dir).knowledgeBase().orElseThrow();

    List<Scenario> scenarios = ScenarioReader.readAll(dir, dir.toString());

    assertThat(scenarios).hasSize(3 * 7);
    ScenarioRunner runner = new ScenarioRunner(knowledgeBase);
    scenarios.forEach(s -> assertThat(runner.failures(s)).as(s.toString()).isEmpty());
  }

  @Test
  void generatedProfilesAreValidAnswers() throws Exception {
    List<SyntheticTopic> topics = SyntheticKbase.write(50, dir);
    AnswersReader reader =
        new AnswersReader(Validation.of(dir).knowledgeBase().orElseThrow().questions());
    Random random = new Random(7);

    for (int i = 0; i < 50; i++) {
      ObjectNode profile = SyntheticProfiles.profile(topics, random, i);
      profile.remove("id");
      assertThat(reader.fromTree("profile " + i, profile).given()).isNotEmpty();
    }
  }
}
