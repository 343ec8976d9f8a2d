package dev.heavylegs.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.RandomRunners;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.json.JsonText;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.relevance.OpenRules;
import dev.heavylegs.relevance.Truth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which answers are still useful decides which follow-ups a revision drops. The interview takes a
 * shortcut (a rule that does not fail now cannot fail without one of its answers); it must agree
 * with working out every what-if in full.
 */
class UsefulAnswersTest {

  private final KnowledgeBase knowledgeBase = ShippedKbase.get();

  private Answers randomAnswers(Random random) {
    return TestAnswers.of(JsonText.compact(RandomRunners.answers(knowledgeBase.questions(), random, 3)));
  }

  /** Every what-if worked out: the answer taken away, is some rule reading it still not failing? */
  private Set<String> usefulInFull(Answers answers) {
    Inference inference = Consultation.run(knowledgeBase, answers);
    Set<String> useful = new LinkedHashSet<>();
    for (String id : answers.given().keySet()) {
      Map<String, GivenAnswer> without = new LinkedHashMap<>(answers.given());
      without.remove(id);
      OpenRules hypothetical = new OpenRules(knowledgeBase, new Answers(without, Set.of()), inference);
      if (knowledgeBase.rules().all().stream()
          .anyMatch(r -> r.questionsRead().contains(id) && hypothetical.truthOf(r) != Truth.FALSE)) {
        useful.add(id);
      }
    }
    return useful;
  }

  @Test
  void theShortcutAgreesWithEveryWhatIfWorkedOut() throws Exception {
    Random random = new Random(7);
    int notAllUseful = 0;
    for (int i = 0; i < 60; i++) {
      Answers answers = randomAnswers(random);
      try (AnswerState state = new AnswerState(knowledgeBase, answers)) {
        Set<String> expected = usefulInFull(answers);
        assertThat(state.usefulAnswers()).as("runner %d", i).isEqualTo(expected);
        notAllUseful += expected.size() < answers.given().size() ? 1 : 0;
      }
    }
    assertThat(notAllUseful).as("runners with an answer no rule can use").isPositive();
  }
}
