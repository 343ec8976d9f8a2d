package dev.heavylegs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.interview.Interview;
import dev.heavylegs.questions.Answers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The latency harness's simulated runner still gets through a real interview: it answers every
 * question asked, revises an earlier answer through {@code change}, and each step is recorded under
 * its kind. (The durations are not checked: nothing here is timed.)
 */
class SimulatedRunnerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void answersEveryQuestionRevisesOnceAndRecordsEachStep() throws Exception {
    ObjectNode hotRunner =
        (ObjectNode)
            JSON.readTree(
                """
        {"symptoms": ["thirst"], "months-running": 30, "usual-effort": "moderate", "runs-per-week": 4,
         "rest-days-per-week": 3, "rest-hours-between-runs": 36, "weekly-distance-increase-pct": 0,
         "strength-sessions-per-week": 0, "diet": "omnivore", "iron-rich-meals-per-week": 10,
         "iron-test": "not-tested", "shoe-distance-km": 300, "toe-room-cm": 1.5, "shoes-feel-tight": false,
         "temperature-c": 31, "run-duration-min": 75, "fluids-during-runs": false}""");
    ObjectNode coldRunner = hotRunner.deepCopy().put("temperature-c", 5);
    StepTimes times = new StepTimes();
    StringBuilder transcript = new StringBuilder();
    SimulatedRunner runner =
        new SimulatedRunner(
            hotRunner,
            List.of(coldRunner),
            new Random(3),
            1.0,
            1,
            Integer.MAX_VALUE,
            times,
            transcript);

    runner.starting();
    Interview.Result result =
        new Interview(ShippedKbase.get(), runner, Optional.empty())
            .run(new Answers(Map.of(), Set.of()));
    runner.finished();

    assertThat(result.ending()).isEqualTo(Interview.Ending.COMPLETED);
    assertThat(transcript.toString()).matches("(?s).*\n> change ([a-z-]+)\n.*\n\\1> .*");
    assertThat(times.starts.size()).isEqualTo(1);
    assertThat(times.revisions.size()).isEqualTo(1);
    long asked =
        transcript.toString().lines().filter(l -> l.matches("\\d+\\. .*\\[[a-z0-9-]+]")).count();
    // Every question shown got an answer, except the one interrupted by the change and asked again.
    assertThat(times.answers.size()).isEqualTo(asked - 1);
    assertThat(times.inOrder).extracting(StepTimes.Step::kind).startsWith(StepTimes.Kind.START);
  }
}
