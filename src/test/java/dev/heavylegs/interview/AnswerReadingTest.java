package dev.heavylegs.interview;

import static dev.heavylegs.interview.QuestionSelectionTest.HOT_WEATHER_ONLY;
import static dev.heavylegs.interview.QuestionSelectionTest.hotRunnerWith;
import static dev.heavylegs.interview.QuestionSelectionTest.interview;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.questions.GivenAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Free text typed at a question, read safely and said back, through the real interview. */
class AnswerReadingTest {

  @Test
  void swollenIsAskedBackWithBothSwellingsNeverFiledAsTheHarmlessOne() {
    Runner runner = new Runner(HOT_WEATHER_ONLY).at("symptoms", "swollen", "1");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> swollen"))
        .contains(
            "\"swollen\" could mean more than one choice:",
            "1) one-sided-calf-swelling",
            "swelling, warmth or pain in one calf only",
            "2) swollen-legs-or-veins",
            "which> 1",
            "Recorded: swelling, warmth or pain in one calf only");
    assertThat(result.answers().get("symptoms"))
        .contains(new GivenAnswer.Choices(List.of("one-sided-calf-swelling")));
    assertThat(result.report().redFlags()).extracting(f -> f.id()).contains("possible-dvt");
  }

  @Test
  void anAnswerAskedBackAndLeftWithEnterRecordsNothing() {
    Runner runner = new Runner(HOT_WEATHER_ONLY).at("symptoms", "swollen", "");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> swollen")).contains("which> \n  Nothing recorded yet");
    assertThat(runner.after("which> ")).contains("Recorded: strong thirst during or after runs");
  }

  @Test
  void aSynonymExpertsKeepNamesTheChoiceAndIsSaidBack() {
    Runner runner = new Runner(HOT_WEATHER_ONLY).at("symptoms", "swollen calf");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> swollen calf"))
        .startsWith("> swollen calf\n  Recorded: swelling, warmth or pain in one calf only");
    assertThat(result.answers().get("symptoms"))
        .contains(new GivenAnswer.Choices(List.of("one-sided-calf-swelling")));
  }

  @Test
  void severalAnswersAreSeparatedByCommasAndAnd() {
    Runner runner = new Runner(hotRunnerWith("symptoms", "thirsty, dark pee and cramps"));
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(result.answers().get("symptoms"))
        .contains(new GivenAnswer.Choices(List.of("thirst", "dark-urine", "muscle-cramps")));
    assertThat(runner.transcript)
        .contains("Recorded: strong thirst during or after runs; dark yellow urine; muscle cramps");
  }

  @Test
  void thePartOfASafetyRelevantChoiceAloneIsConfirmedNotTaken() {
    Runner runner = new Runner(HOT_WEATHER_ONLY).at("symptoms", "chest", "");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> chest"))
        .contains("\"chest\" could mean this choice:", "1) chest-pain");
    assertThat(result.answers().get("symptoms"))
        .contains(new GivenAnswer.Choices(List.of("thirst", "muscle-cramps")));
  }

  @Test
  void aNearMissGetsDidYouMean() {
    Runner runner = new Runner(HOT_WEATHER_ONLY).at("symptoms", "thrist", "y");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> thrist"))
        .contains(
            "\"thrist\" is not one of the choices. Did you mean thirst",
            "Recorded: strong thirst during or after runs");
    assertThat(result.answers().get("symptoms"))
        .contains(new GivenAnswer.Choices(List.of("thirst")));
  }

  @Test
  void notSureAndDontKnowMeanUnknownAndAreSaidBack() {
    Runner runner =
        new Runner(hotRunnerWith("temperature-c", "not sure")).at("months-running", "don't know");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> don't know"))
        .startsWith("> don't know\n  Recorded: you don't know.");
    assertThat(runner.after("> not sure")).startsWith("> not sure\n  Recorded: you don't know.");
    assertThat(result.answers().unknown()).contains("months-running", "temperature-c");
  }

  @Test
  void enterAloneIsNeverASilentUnknown() {
    Runner once = new Runner(HOT_WEATHER_ONLY).at("months-running", "", "30");
    Interview.Result kept = interview(ShippedKbase.get(), once);
    Runner twice = new Runner(HOT_WEATHER_ONLY).at("months-running", "", "");
    Interview.Result left = interview(ShippedKbase.get(), twice);

    assertThat(once.after("> \n"))
        .startsWith("> \n  Nothing typed. Type your answer, or press Enter again");
    assertThat(kept.answers().get("months-running")).contains(new GivenAnswer.Number(30));
    assertThat(twice.after("> \n  Nothing typed")).contains("> \n  Recorded: you don't know.");
    assertThat(left.answers().unknown()).contains("months-running");
  }

  @Test
  void aNumberIsSaidBackAsTypedWithWhatItBecame() {
    Runner runner = new Runner(HOT_WEATHER_ONLY).at("months-running", "2 years");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> 2 years")).startsWith("> 2 years\n  Recorded: 2 years (24 months)");
  }

  @Test
  void restDaysThatLeaveNoRoomForTheRunsAreRefusedNamingBothAndEitherCanBeChanged() {
    Runner runner =
        new Runner(hotRunnerWith("runs-per-week", "6"))
            .at("rest-days-per-week", "7", "change runs-per-week", "0", "7");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> 7"))
        .contains(
            "Not recorded: runs-per-week = 6 runs a week and rest-days-per-week = 7 days a week"
                + " do not fit\n  together",
            "or change runs-per-week");
    assertThat(result.answers().get("runs-per-week")).contains(new GivenAnswer.Number(0));
    assertThat(result.answers().get("rest-days-per-week")).contains(new GivenAnswer.Number(7));
  }

  @Test
  void aChangedAnswerIsCheckedAgainstTheOthersToo() {
    Runner runner =
        Runner.asScript(HOT_WEATHER_ONLY).at("heavy-legs-weeks", "change runs-per-week", "9", "3");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.after("runs-per-week> 9"))
        .contains(
            "Not recorded: runs-per-week = 9 runs a week and rest-days-per-week = 3 days a week",
            "or change rest-days-per-week");
    assertThat(result.answers().get("runs-per-week")).contains(new GivenAnswer.Number(3));
  }
}
