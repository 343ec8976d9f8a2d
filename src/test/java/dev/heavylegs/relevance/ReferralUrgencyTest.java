package dev.heavylegs.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.engine.Consultation;
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
 * A referral that several rules make at different urgencies: once one of them is certain, only the
 * rules that would make it more pressing still matter. And the rules waiting for a question are
 * handed out read-only.
 */
class ReferralUrgencyTest {
  @TempDir static Path tmp;
  static KnowledgeBase kb;

  @BeforeAll
  static void write() throws Exception {
    kb =
        TinyKbase.write(
            tmp,
            """
        questions:
          - {id: a, prompt: "A?", type: boolean}
          - {id: b, prompt: "B?", type: boolean}
          - {id: c, prompt: "C?", type: boolean}
          - {id: d, prompt: "D?", type: boolean}
        """,
            """
        referrals:
          doctor: {title: Doctor, reason: r, advice: a}
        """,
            """
        package heavylegs.t;
        import dev.heavylegs.facts.*;

        rule "routine on a" @id("R1") @source("t")
        when Answer( question == "a", value == "yes" )
        then insertLogical( new Referral( "doctor", Urgency.ROUTINE ) ); end

        rule "emergency on b" @id("R2") @source("t")
        when Answer( question == "b", value == "yes" )
        then insertLogical( new Referral( "doctor", Urgency.EMERGENCY ) ); end

        rule "urgent on c" @id("R3") @source("t")
        when Answer( question == "c", value == "yes" )
        then insertLogical( new Referral( "doctor", Urgency.URGENT ) ); end

        rule "routine on d" @id("R4") @source("t")
        when Answer( question == "d", value == "yes" )
        then insertLogical( new Referral( "doctor", Urgency.ROUTINE ) ); end
        """);
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
