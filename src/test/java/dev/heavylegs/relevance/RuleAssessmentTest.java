package dev.heavylegs.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which questions still matter, on a small knowledge base written for the purpose: {@code or},
 * {@code not}, a chain of stages, and an accumulate this reading cannot evaluate.
 */
class RuleAssessmentTest {

  /** {@code kbases/rule-assessment/}. */
  static KnowledgeBase kbase;

  @BeforeAll
  static void loadKbase() {
    kbase = TinyKbase.load("rule-assessment");
  }

  static RuleAssessment given(Map<String, GivenAnswer> given, String... unknown) {
    Answers answers = new Answers(given, Set.of(unknown));
    return new RuleAssessment(kbase, answers, Consultation.run(kbase, answers));
  }

  /**
   * The questions that matter, red-flag screening first, then in catalogue order (which of them is
   * asked first is QuestionPriority's business, checked in the interview tests).
   */
  static String[] ids(RuleAssessment open) {
    return open.questionsInCatalogueOrder().stream().map(Question::id).toArray(String[]::new);
  }

  @Test
  void atTheStartEveryQuestionARuleReadsMatters() {
    assertThat(ids(given(Map.of()))).containsExactly("a", "f", "b", "c", "d", "e");
  }

  @Test
  void oneTrueBranchOfAnOrMakesTheOtherBranchPointless() {
    RuleAssessment open = given(Map.of("a", new GivenAnswer.Flag(true)));

    assertThat(ids(open)).containsExactly("f", "c", "d", "e");
  }

  @Test
  void aQuestionThatCouldMakeAnUrgentReferralAnEmergencyStillMatters() {
    RuleAssessment open =
        given(Map.of("a", new GivenAnswer.Flag(true), "c", new GivenAnswer.Number(5)));

    assertThat(open.truthOf(new ConclusionRef(Kind.REFERRAL, "doctor"))).isEqualTo(Truth.TRUE);
    assertThat(ids(open)).as("f could raise the referral to an emergency").startsWith("f");
  }

  @Test
  void aFailedNotKillsTheRuleAndEverythingChainedOnIt() {
    RuleAssessment open = given(Map.of("c", new GivenAnswer.Number(0)));

    assertThat(ids(open))
        .as("b and e only feed rules that can no longer fire")
        .containsExactly("a", "f", "d");
    assertThat(open.truthOf(new ConclusionRef(Kind.CAUSE, "chained"))).isEqualTo(Truth.FALSE);
  }

  @Test
  void unknownAnswersAreSettledAndFailPositivePatterns() {
    RuleAssessment open = given(Map.of(), "a", "b");

    assertThat(ids(open)).containsExactly("d");
    assertThat(open.truthOf(new ConclusionRef(Kind.CONDITION, "first"))).isEqualTo(Truth.FALSE);
  }

  @Test
  void aConclusionWhoseSupportIsSettledIsCertainAndOneStillOpenIsNot() {
    RuleAssessment open =
        given(Map.of("a", new GivenAnswer.Flag(true), "c", new GivenAnswer.Number(5)));
    assertThat(open.truthOf(new ConclusionRef(Kind.CONDITION, "first"))).isEqualTo(Truth.TRUE);

    RuleAssessment notYet = given(Map.of("a", new GivenAnswer.Flag(true)));
    assertThat(notYet.truthOf(new ConclusionRef(Kind.CONDITION, "first")))
        .as("c = 0 could still withdraw it")
        .isEqualTo(Truth.OPEN);
  }

  @Test
  void anAccumulateIsAskedUntilItsQuestionIsSettledThenTheEngineDecides() {
    RuleAssessment open = given(Map.of("d", new GivenAnswer.Choices(List.of("x", "y"))), "a", "b");

    assertThat(ids(open)).isEmpty();
    assertThat(open.truthOf(new ConclusionRef(Kind.CONDITION, "counted"))).isEqualTo(Truth.TRUE);
    RuleAssessment one = given(Map.of("d", new GivenAnswer.Choices(List.of("x"))), "a", "b");
    assertThat(one.truthOf(new ConclusionRef(Kind.CONDITION, "counted"))).isEqualTo(Truth.FALSE);
  }
}
