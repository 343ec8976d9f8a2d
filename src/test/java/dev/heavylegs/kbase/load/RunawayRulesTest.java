package dev.heavylegs.kbase.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.engine.ConsultationSession;
import dev.heavylegs.engine.RunawayRulesException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.compile.DroolsCompiler;
import dev.heavylegs.kbase.drl.DrlAnalyzer;
import dev.heavylegs.kbase.read.KbasePaths;
import dev.heavylegs.kbase.read.RuleSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules that keep triggering each other are stopped at the firing bound, naming the rules that
 * looped. The loader's checks make such a loop hard to write (a consequence may only insert fixed
 * conclusions), so this builds the engine's knowledge base directly, past those checks.
 */
class RunawayRulesTest {

  private static final String LOOPING =
      """
      package heavylegs.loop;
      import dev.heavylegs.facts.*;

      rule "Ping"
          @id("LOOP-PING") @source("test")
      when
          $c : Condition( id == "ping" )
      then
          delete( $c );
          insert( new Condition( "pong" ) );
      end

      rule "Pong"
          @id("LOOP-PONG") @source("test")
      when
          $c : Condition( id == "pong" )
      then
          delete( $c );
          insert( new Condition( "ping" ) );
      end

      rule "Start"
          @id("LOOP-START") @source("test")
      when
          Answer( question == "temperature-c" )
      then
          insert( new Condition( "ping" ) );
      end
      """;

  @Test
  void loopingRulesStopAtTheBoundAndAreNamed() {
    KnowledgeBase looping = unchecked(LOOPING);

    try (ConsultationSession session = new ConsultationSession(looping)) {
      session.answerAll(TestAnswers.of("{\"temperature-c\": 30}"));
      RunawayRulesException stopped =
          catchThrowableOfType(session::infer, RunawayRulesException.class);

      assertThat(stopped).isNotNull();
      assertThat(stopped.getMessage())
          .startsWith("the rules were stopped after 10000 firings without settling");
      assertThat(stopped.rules())
          .as("the two that looped, not the one that set them off")
          .hasSize(2)
          .allSatisfy(
              r ->
                  assertThat(r)
                      .containsPattern("LOOP-P[IO]NG \"P[io]ng\" \\(loop\\.drl:\\d+\\) x\\d+"));
    }
  }

  /** A knowledge base of {@code drl} with the shipped questions and wording, not checked. */
  private static KnowledgeBase unchecked(String drl) {
    KnowledgeBase shipped = ShippedKbase.get();
    List<KbaseProblem> problems = new ArrayList<>();
    RuleSource source = new RuleSource(Path.of("loop.drl"), "loop.drl", drl, Optional.empty());
    var kieBase =
        DroolsCompiler.compile(List.of(source), new KbasePaths(Path.of(".")), problems)
            .orElseThrow(() -> new AssertionError(problems.toString()));
    List<RuleInfo> rules =
        DrlAnalyzer.rulesIn(drl).orElseThrow().stream()
            .map(r -> r.withMetadata("loop.drl", r.writtenMetadata()))
            .toList();
    return new KnowledgeBase(
        "loop",
        "sha256:test",
        shipped.questions(),
        shipped.wording(),
        shipped.reportWording(),
        new RuleIndex(rules),
        kieBase,
        List.of());
  }
}
