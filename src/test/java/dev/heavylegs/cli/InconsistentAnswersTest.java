package dev.heavylegs.cli;

import static dev.heavylegs.cli.CliTest.heavylegs;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers that cannot all be true of one runner, in a file given to consult. */
class InconsistentAnswersTest {

  @TempDir Path tmp;

  @Test
  void sixRunsAndSevenRestDaysInAFileAreOneLineNamingBothWithExit2() throws IOException {
    Path answers =
        Files.writeString(
            tmp.resolve("answers.json"),
            "{\"runs-per-week\": 6, \"rest-days-per-week\": 7, \"temperature-c\": 20}");

    CliTest.Run run = heavylegs("consult", "--answers", answers.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            answers
                + ": runs-per-week = 6 runs a week and rest-days-per-week = 7 days a week"
                + " do not fit together: ");
  }

  @Test
  void answersThatFitTogetherAreTaken() throws IOException {
    Path answers =
        Files.writeString(
            tmp.resolve("answers.yaml"),
            "runs-per-week: 6\nrest-days-per-week: 1\nrest-hours-between-runs: 24\n");

    assertThat(heavylegs("consult", "--answers", answers.toString()).exitCode()).isZero();
  }
}
