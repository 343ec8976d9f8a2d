package dev.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.heavylegs.TestAnswers;
import dev.heavylegs.TestResources;
import dev.heavylegs.UncheckedKbase;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.RunawayRulesException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * Rules that loop stop a command with exit 3 and one line naming them. No rule that loops gets past
 * the checks (validate refuses a not that denies its own conclusion), so the loop is compiled past
 * them and its failure handed to the command line's handler.
 */
class RunawayRulesExitTest {

  @Test
  void loopingRulesEndTheCommandWithExit3AndTheRulesNamedWithoutAStackTrace() {
    RunawayRulesException runaway =
        catchThrowableOfType(
            () ->
                Consultation.run(
                    UncheckedKbase.of(TestResources.text("unchecked/looping.drl")),
                    TestAnswers.of("{\"temperature-c\": 30}")),
            RunawayRulesException.class);
    StringWriter err = new StringWriter();

    int code = Cli.failure(runaway, new PrintWriter(err, true), false);

    assertThat(code).isEqualTo(ExitCode.BAD_KNOWLEDGE_BASE).isEqualTo(3);
    assertThat(err.toString())
        .startsWith("heavylegs: the rules were stopped after 10000 firings without settling;")
        .contains("LOOP-PING \"Ping\"")
        .doesNotContain("\tat ");
    assertThat(err.toString().lines()).hasSize(1);
  }
}
