package dev.heavylegs.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether an answer could still be used were it taken away, read off the current assessment, on a
 * knowledge base where a rule reads both a question and a conclusion that question feeds: there the
 * conclusion's truth without the answer is not known from the current assessment alone.
 */
class UsableWithoutTest {

  @TempDir Path tmp;

  private KnowledgeBase kbase() throws Exception {
    return TinyKbase.write(
        tmp,
        """
        questions:
          - {id: q, prompt: "Q?", type: integer, min: 0, max: 10}
          - {id: p, prompt: "P?", type: boolean}
        """,
        """
        conditions:
          mid: {title: Mid, explanation: m}
          high: {title: High, explanation: h}
        """,
        """
        package heavylegs.t;
        import dev.heavylegs.facts.*;

        rule "mid when q is over 3 and p"
            @id("MID") @source("test")
        when
            // q over 3
            Answer( question == "q", number > 3 )
            // and p
            Answer( question == "p", value == "yes" )
        then
            insertLogical( new Condition( "mid" ) );
        end

        rule "high when q is over 5 and mid"
            @id("HIGH") @source("test")
        when
            // q over 5
            Answer( question == "q", number > 5 )
            // and mid holds
            Condition( id == "mid" )
        then
            insertLogical( new Condition( "high" ) );
        end
        """);
  }

  @Test
  void aRuleReadingAConclusionTheQuestionFeedsIsLeftToTheWhatIf() throws Exception {
    KnowledgeBase kbase = kbase();
    Answers answers =
        new Answers(
            Map.of("q", new GivenAnswer.Number(2), "p", new GivenAnswer.Flag(false)), Set.of());
    RuleAssessment now = new RuleAssessment(kbase, answers, Consultation.run(kbase, answers));
    Answers withoutQ = new Answers(Map.of("p", new GivenAnswer.Flag(false)), Set.of());
    RuleAssessment whatIf = new RuleAssessment(kbase, withoutQ, Consultation.run(kbase, answers));

    // Without q, "high" still fails: "mid" fails on p whatever q says. Taking "mid" as open would
    // wrongly call q usable, so the current assessment cannot decide.
    assertThat(kbase.rules().all())
        .allMatch(r -> !r.questionsRead().contains("q") || whatIf.truthOf(r) == Truth.FALSE);
    assertThat(now.usableWithout("q")).isEmpty();
    // p is read by one rule only, which fails on q either way: that is certain.
    assertThat(now.usableWithout("p")).isEqualTo(Optional.of(false));
  }

  @Test
  void aRuleThatWouldOnlyWaitForTheQuestionMakesItUsable() throws Exception {
    KnowledgeBase kbase = kbase();
    Answers answers =
        new Answers(
            Map.of("q", new GivenAnswer.Number(2), "p", new GivenAnswer.Flag(true)), Set.of());
    RuleAssessment now = new RuleAssessment(kbase, answers, Consultation.run(kbase, answers));

    // "mid" fails only on q: without q it would be open.
    assertThat(now.usableWithout("q")).isEqualTo(Optional.of(true));
  }

  @Test
  void theRuleIndexKnowsWhatEachQuestionFeeds() throws Exception {
    KnowledgeBase kbase = kbase();

    // q is read by both rules and feeds both conditions; p only by "mid", but "high" reads "mid".
    assertThat(kbase.rules().reading("q")).extracting(r -> r.id()).containsExactly("MID", "HIGH");
    assertThat(kbase.rules().reading("p")).extracting(r -> r.id()).containsExactly("MID");
    assertThat(kbase.rules().downstreamOf("q"))
        .extracting(c -> c.id())
        .containsExactlyInAnyOrder("mid", "high");
    assertThat(kbase.rules().downstreamOf("p"))
        .extracting(c -> c.id())
        .containsExactlyInAnyOrder("mid", "high");
    assertThat(kbase.rules().reading("nobody-asks")).isEmpty();
    assertThat(kbase.rules().downstreamOf("nobody-asks")).isEmpty();
  }
}
