package dev.heavylegs.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.PlacedFile;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.questions.Answers;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which questions an interview asks, and which it does not, for several runner profiles. */
class QuestionSelectionTest {

  /** Runs in the heat, thirsty and cramping; nothing else wrong. */
  static final Map<String, String> HOT_WEATHER_ONLY =
      Map.ofEntries(
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
          Map.entry("iron-test", "not-tested"),
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

  @TempDir Path tmp;

  static Map<String, String> hotRunnerWith(String... overrides) {
    Map<String, String> profile = new HashMap<>(HOT_WEATHER_ONLY);
    for (int i = 0; i < overrides.length; i += 2) {
      profile.put(overrides[i], overrides[i + 1]);
    }
    return profile;
  }

  static Interview.Result interview(KnowledgeBase kbase, Runner runner) {
    return new Interview(kbase, runner, Optional.empty()).run(new Answers(Map.of(), Set.of()));
  }

  @Test
  void aHotWeatherRunnerIsAskedFarFewerQuestionsAndNoFollowUpWhosePremiseIsFalse() {
    Runner runner = new Runner(HOT_WEATHER_ONLY);
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(result.ending()).isEqualTo(Interview.Ending.COMPLETED);
    assertThat(result.report().causes().get(0).id()).isEqualTo("hot-weather");
    int catalogue = ShippedKbase.get().questions().all().size();
    assertThat(runner.asked).hasSizeLessThanOrEqualTo(catalogue - 6).doesNotHaveDuplicates();
    assertThat(runner.asked.get(0)).as("red-flag screening comes first").isEqualTo("symptoms");
    assertThat(runner.asked)
        .as("no strength follow-ups for someone who does no strength training")
        .doesNotContain("lower-body-sets", "training-priority", "lifts-heavy");
    assertThat(runner.asked)
        .as("no 'tried measures' follow-up for three weeks of heaviness")
        .doesNotContain("tried-measures");
    assertThat(runner.asked)
        .as("dehydration is already certain from thirst, fluids cannot change it")
        .doesNotContain("daily-fluid-litres");
  }

  @Test
  void someoneWhoLiftsIsAskedTheStrengthFollowUps() {
    Runner runner =
        new Runner(
            hotRunnerWith(
                "strength-sessions-per-week",
                "3",
                "lower-body-sets",
                "10",
                "training-priority",
                "endurance",
                "lifts-heavy",
                "yes"));
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.asked).contains("lower-body-sets", "training-priority", "lifts-heavy");
    assertThat(runner.asked.indexOf("lower-body-sets"))
        .isGreaterThan(runner.asked.indexOf("strength-sessions-per-week"));
    assertThat(result.report().causes()).extracting(c -> c.id()).contains("strength-training");
  }

  @Test
  void longLastingHeavinessBringsTheTriedMeasuresQuestion() {
    Runner runner = new Runner(hotRunnerWith("heavy-legs-weeks", "6", "tried-measures", "yes"));
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.asked).contains("heavy-legs-weeks", "tried-measures");
    assertThat(runner.asked.indexOf("tried-measures"))
        .as("the follow-up comes after its premise")
        .isGreaterThan(runner.asked.indexOf("heavy-legs-weeks"));
    assertThat(result.report().referrals())
        .extracting(r -> r.id())
        .contains("persistent-heaviness");
  }

  @Test
  void aRedFlagIsShownTheMomentItIsAnsweredBeforeTheNextQuestion() {
    Runner runner = new Runner(hotRunnerWith("symptoms", "one-sided-calf-swelling"));
    interview(ShippedKbase.get(), runner);

    String shown = runner.transcript.toString();
    int advice = shown.indexOf("!! URGENT: Possible blood clot in the leg");
    assertThat(advice).isPositive().isLessThan(shown.indexOf("[" + runner.asked.get(1) + "]"));
    assertThat(shown.substring(advice)).contains("What to do: See a doctor today");
  }

  @Test
  void aRunnerWhoKnowsNothingGetsEveryRelevantQuestionOnceAndAReportListingThemOpen() {
    Runner runner = new Runner(Map.of());
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(result.ending()).isEqualTo(Interview.Ending.COMPLETED);
    assertThat(runner.asked).doesNotHaveDuplicates().contains("symptoms", "temperature-c");
    assertThat(result.report().noCauseFound()).isTrue();
    assertThat(result.report().openQuestions().get(0).id()).isEqualTo("symptoms");
    assertThat(result.report().openQuestions().get(0).redFlagScreening()).isTrue();
  }

  @Test
  void aQuestionAnExpertAddsIsAskedWhenARuleNeedsIt() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    PlacedFile.put(kbase, "additions/questions/sweats-heavily.yaml");
    PlacedFile.put(kbase, "additions/conditions/sweat.drl");
    Runner runner =
        new Runner(
            hotRunnerWith(
                "symptoms", "none", "sweats-heavily", "yes", "fluids-during-runs", "yes"));
    Interview.Result result = interview(KnowledgeBaseLoader.load(kbase), runner);

    assertThat(runner.asked).contains("sweats-heavily");
    assertThat(result.report().conditions()).extracting(c -> c.id()).contains("dehydration");
  }
}
