package dev.heavylegs.kbase.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.heavylegs.TestAnswers;
import dev.heavylegs.TestResources;
import dev.heavylegs.UncheckedKbase;
import dev.heavylegs.engine.ConsultationSession;
import dev.heavylegs.engine.RunawayRulesException;
import dev.heavylegs.kbase.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Rules that keep triggering each other are stopped at the firing bound, naming the rules that
 * looped. The loader's checks make such a loop hard to write (a consequence may only insert fixed
 * conclusions), so this builds the engine's knowledge base of {@code unchecked/looping.drl}
 * directly, past those checks.
 */
class RunawayRulesTest {

  @Test
  void loopingRulesStopAtTheBoundAndAreNamed() {
    KnowledgeBase looping = UncheckedKbase.of(TestResources.text("unchecked/looping.drl"));

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
}
