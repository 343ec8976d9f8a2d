package dev.heavylegs.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which questions still matter, on a small knowledge base written for the purpose: {@code or},
 * {@code not}, a chain of stages, and an accumulate this reading cannot evaluate.
 */
class RuleAssessmentTest {

  @TempDir static Path tmp;

  static KnowledgeBase kbase;

  @BeforeAll
  static void writeKbase() throws Exception {
    kbase =
        TinyKbase.write(
            tmp,
            """
        questions:
          - {id: a, prompt: "A?", type: boolean}
          - {id: b, prompt: "B?", type: boolean}
          - {id: c, prompt: "C?", type: integer, min: 0, max: 10}
          - {id: d, prompt: "D?", type: multi-choice, choices: {x: x, y: y, z: z}}
          - {id: e, prompt: "E?", type: boolean}
          - {id: f, prompt: "F?", type: boolean}
        """,
            """
        conditions:
          first: {title: First, explanation: f}
          counted: {title: Counted, explanation: c}
        causes:
          chained: {title: Chained, explanation: c}
        recommendations:
          rest: {title: Rest, advice: r}
        referrals:
          doctor: {title: Doctor, reason: r, advice: a}
        """,
            """
        package heavylegs.t;
        import dev.heavylegs.facts.*;

        rule "first from a or b, unless c is 0"
            @id("R1") @source("test")
        when
            // a or b
            ( Answer( question == "a", value == "yes" ) or Answer( question == "b", value == "yes" ) )
            // unless c is 0
            not Answer( question == "c", number == 0 )
        then
            insertLogical( new Condition( "first" ) );
        end

        rule "chained on first and e"
            @id("R2") @source("test") @weight("1")
        when
            // first holds
            Condition( id == "first" )
            // and e
            Answer( question == "e", value == "yes" )
        then
            insertLogical( new Cause( "chained" ) );
        end

        rule "rest for chained"
            @id("R4") @source("test")
        when
            // chained holds
            Cause( id == "chained" )
        then
            insertLogical( new Recommendation( "rest" ) );
        end

        rule "doctor soon on a"
            @id("R5") @source("test")
        when
            // a
            Answer( question == "a", value == "yes" )
        then
            insertLogical( new Referral( "doctor", Urgency.URGENT ) );
        end

        rule "doctor now on a and f"
            @id("R6") @source("test")
        when
            // a
            Answer( question == "a", value == "yes" )
            // and f
            Answer( question == "f", value == "yes" )
        then
            insertLogical( new Referral( "doctor", Urgency.EMERGENCY ) );
        end

        rule "two of d"
            @id("R3") @source("test")
        when
            // at least two choices of d
            Number( intValue >= 2 ) from accumulate( Answer( question == "d" ), count( 1 ) )
        then
            insertLogical( new Condition( "counted" ) );
        end
        """);
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
    RuleAssessment open =
        given(Map.of("d", new GivenAnswer.Choices(java.util.List.of("x", "y"))), "a", "b");

    assertThat(ids(open)).isEmpty();
    assertThat(open.truthOf(new ConclusionRef(Kind.CONDITION, "counted"))).isEqualTo(Truth.TRUE);
    RuleAssessment one =
        given(Map.of("d", new GivenAnswer.Choices(java.util.List.of("x"))), "a", "b");
    assertThat(one.truthOf(new ConclusionRef(Kind.CONDITION, "counted"))).isEqualTo(Truth.FALSE);
  }
}
