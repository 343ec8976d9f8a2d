package dev.heavylegs.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which questions an interview asks, for several runner profiles, from the shipped kbase. */
class QuestionSelectionTest {

  static final Map<String, String> HOT_WEATHER_ONLY = Map.ofEntries(
      Map.entry("symptoms", "thirst, muscle-cramps"),
      Map.entry("months-running", "30"),
      Map.entry("usual-effort", "moderate"),
      Map.entry("runs-per-week", "4"),
      Map.entry("rest-days-per-week", "3"),
      Map.entry("rest-hours-between-runs", "36"),
      Map.entry("weekly-distance-increase-pct", "0"),
      Map.entry("strength-sessions-per-week", "0"),
      Map.entry("diet", "omnivore"),
      Map.entry("iron-rich-meals-per-week", "10"),
      Map.entry("known-low-iron", "no"),
      Map.entry("temperature-c", "31"),
      Map.entry("run-duration-min", "75"),
      Map.entry("fluids-during-runs", "no"),
      Map.entry("replaces-electrolytes", "no"),
      Map.entry("daily-fluid-litres", "2.5"),
      Map.entry("shoe-distance-km", "300"),
      Map.entry("toe-room-cm", "1.5"),
      Map.entry("shoes-feel-tight", "no"),
      Map.entry("heavy-legs-weeks", "3"),
      Map.entry("tried-measures", "no"));

  static Interview.Result interview(Runner runner) {
    KnowledgeBase kbase = ShippedKbase.get();
    return new Interview(kbase, runner, Optional.empty()).run(new Answers(Map.of(), Set.of()));
  }

  @Test
  void aHotWeatherRunnerIsAskedFarFewerQuestionsThanTheCatalogueHolds() {
    Runner runner = new Runner(HOT_WEATHER_ONLY);
    Interview.Result result = interview(runner);

    System.out.println(runner.asked.size() + " " + runner.asked);
    System.out.println(runner.transcript);
    assertThat(result.ending()).isEqualTo(Interview.Ending.COMPLETED);
  }
}
