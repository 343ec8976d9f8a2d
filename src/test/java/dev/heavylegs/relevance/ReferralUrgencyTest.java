package dev.heavylegs.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A referral that several rules make at different urgencies: once one of them is certain, only the
 * rules that would make it more pressing still matter. And the rules waiting for a question are
 * handed out read-only.
 */
class ReferralUrgencyTest {
  /**
   * {@code kbases/referral-urgency/}: the doctor, routine on a and d, urgent on c, an emergency on
   * b.
   */
  static KnowledgeBase kb;

  @BeforeAll
  static void load() {
    kb = TinyKbase.load("referral-urgency");
  }

  static String[] ids(Map<String, GivenAnswer> given) {
    Answers answers = new Answers(given, Set.of());
    return new RuleAssessment(kb, answers, Consultation.run(kb, answers))
        .questionsThatMatter().stream().map(Question::id).toArray(String[]::new);
  }

  @Test
  void aCertainEmergencyMakesLessPressingRulesForTheSameReferralPointless() {
    assertThat(ids(Map.of("a", new GivenAnswer.Flag(true), "b", new GivenAnswer.Flag(true))))
        .isEmpty();
  }

  @Test
  void aCertainRoutineReferralLeavesMorePressingRulesOpen() {
    assertThat(ids(Map.of("a", new GivenAnswer.Flag(true)))).containsExactly("b", "c");
  }

  @Test
  void theRulesWaitingForAQuestionCannotBeChangedThroughTheList() {
    Answers answers = new Answers(Map.of(), Set.of());
    RuleAssessment open = new RuleAssessment(kb, answers, Consultation.run(kb, answers));
    try {
      open.rulesWaitingFor("b").clear();
    } catch (UnsupportedOperationException expected) {
      // as it should: the list is read-only
    }
    assertThat(open.questionsThatMatter().stream().map(Question::id))
        .containsExactly("b", "c", "a", "d");
  }
}
