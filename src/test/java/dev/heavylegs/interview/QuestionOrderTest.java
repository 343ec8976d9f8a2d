package dev.heavylegs.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heavylegs.RandomRunners;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.file.AnswersReader;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Questions come in the order that matters, and asking fewer never changes what is concluded: for
 * many random runners, the report at the end of the interview has the causes (with their strength),
 * conditions, referrals and recommendations of the same runner with every answer given.
 */
class QuestionOrderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theInterviewConcludesWhatTheWholeProfileConcludes() throws Exception {
    KnowledgeBase kbase = ShippedKbase.get();
    ReportBuilder reports = new ReportBuilder(kbase);
    AnswersReader reader = new AnswersReader(kbase.questions());
    Random random = new Random(16);
    for (int i = 0; i < 40; i++) {
      Map<String, Object> profile = RandomRunners.answers(kbase.questions(), random, 4);
      Runner runner = new Runner(typed(profile));
      Interview.Result result =
          new Interview(kbase, runner, Optional.empty()).run(new Answers(Map.of(), Set.of()));
      Answers all = reader.fromTree("random runner " + i, JSON.valueToTree(profile));
      Report whole = reports.build(Consultation.run(kbase, all), all);

      assertThat(result.ending()).isEqualTo(Interview.Ending.COMPLETED);
      assertThat(conclusions(result.report()))
          .as("runner %d %s, asked %s", i, profile, runner.asked)
          .isEqualTo(conclusions(whole));
    }
  }

  @Test
  void aRunnerWhoseThirstAndCrampsPointToTheHeatIsAskedTheTemperatureBeforeShoesAndIron() {
    Runner runner =
        new Runner(
            QuestionSelectionTest.hotRunnerWith("symptoms", "thirst, dark-urine, muscle-cramps"));
    new Interview(ShippedKbase.get(), runner, Optional.empty())
        .run(new Answers(Map.of(), Set.of()));

    assertThat(runner.asked.get(0)).isEqualTo("symptoms");
    int temperature = runner.asked.indexOf("temperature-c");
    assertThat(temperature).isPositive();
    for (String later :
        List.of("shoe-distance-km", "iron-rich-meals-per-week", "strength-sessions-per-week")) {
      if (runner.asked.contains(later)) {
        assertThat(temperature)
            .as("temperature before " + later)
            .isLessThan(runner.asked.indexOf(later));
      }
    }
  }

  private static Set<String> conclusions(Report report) {
    Set<String> key = new TreeSet<>();
    report.causes().forEach(c -> key.add("cause " + c.id() + " " + c.strength()));
    report.conditions().forEach(c -> key.add("condition " + c.id()));
    report.redFlags().forEach(r -> key.add("referral " + r.id() + " " + r.urgency()));
    report.referrals().forEach(r -> key.add("referral " + r.id() + " " + r.urgency()));
    report.recommendations().forEach(r -> key.add("recommendation " + r.id()));
    return key;
  }

  /** What a runner types for each answer: {@code 31}, {@code yes}, {@code thirst, dark-urine}. */
  private static Map<String, String> typed(Map<String, Object> profile) {
    Map<String, String> typed = new HashMap<>();
    profile.forEach(
        (id, value) -> {
          if (value instanceof Boolean b) {
            typed.put(id, b ? "yes" : "no");
          } else if (value instanceof List<?> list) {
            typed.put(
                id,
                list.isEmpty()
                    ? "none"
                    : String.join(", ", list.stream().map(String::valueOf).toList()));
          } else {
            typed.put(id, String.valueOf(value));
          }
        });
    return typed;
  }
}
