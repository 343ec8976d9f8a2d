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
import dev.heavylegs.relevance.RuleAssessment;
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
    return TestAnswers.of(
        JsonText.compact(RandomRunners.answers(knowledgeBase.questions(), random, 3)));
  }

  /** Every what-if worked out: the answer taken away, is some rule reading it still not failing? */
  private Set<String> usefulInFull(Answers answers) {
    Inference inference = Consultation.run(knowledgeBase, answers);
    Set<String> useful = new LinkedHashSet<>();
    for (String id : answers.given().keySet()) {
      if (usableInFull(answers, inference, id)) {
        useful.add(id);
      }
    }
    return useful;
  }

  private boolean usableInFull(Answers answers, Inference inference, String id) {
    Map<String, GivenAnswer> without = new LinkedHashMap<>(answers.given());
    without.remove(id);
    RuleAssessment hypothetical =
        new RuleAssessment(knowledgeBase, new Answers(without, answers.unknown()), inference);
    return knowledgeBase.rules().all().stream()
        .anyMatch(r -> r.questionsRead().contains(id) && hypothetical.truthOf(r) != Truth.FALSE);
  }

  @Test
  void readingItOffTheCurrentAssessmentAgreesWithTheWhatIfWheneverThatIsSure() throws Exception {
    Random random = new Random(11);
    int sure = 0;
    int unsure = 0;
    int unusable = 0;
    for (int i = 0; i < 300; i++) {
      Answers answers = randomAnswers(random);
      Inference inference = Consultation.run(knowledgeBase, answers);
      RuleAssessment now = new RuleAssessment(knowledgeBase, answers, inference);
      for (String id : answers.given().keySet()) {
        java.util.Optional<Boolean> read = now.usableWithout(id);
        if (read.isEmpty()) {
          unsure++;
          continue;
        }
        sure++;
        boolean inFull = usableInFull(answers, inference, id);
        assertThat(read.get()).as("runner %d, %s", i, id).isEqualTo(inFull);
        unusable += inFull ? 0 : 1;
      }
    }
    assertThat(sure).as("answers decided without a what-if").isGreaterThan(unsure);
    assertThat(unusable).as("answers no rule could use").isPositive();
  }

  @Test
  void theShortcutAgreesWithEveryWhatIfWorkedOut() throws Exception {
    Random random = new Random(7);
    int notAllUseful = 0;
    for (int i = 0; i < 200; i++) {
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
