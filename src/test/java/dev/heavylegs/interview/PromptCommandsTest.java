package dev.heavylegs.interview;

import static dev.heavylegs.interview.QuestionSelectionTest.HOT_WEATHER_ONLY;
import static dev.heavylegs.interview.QuestionSelectionTest.hotRunnerWith;
import static dev.heavylegs.interview.QuestionSelectionTest.interview;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.report.write.ReportWriter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each command a runner can type at a question prompt, and what they then see. The runners type as
 * a script would, so that the questions come in the catalogue's order and a command typed "at
 * months-running" comes where the test expects it. {@link PromptCommandsInEvidenceOrderTest} types
 * them in the order a person at the terminal gets.
 */
class PromptCommandsTest {

  @Test
  void helpShowsTheQuestionsHelpTextAndWhatItAccepts() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("toe-room-cm", "?");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> ?"))
        .contains(
            "Half an inch is about 1.3 cm",
            "Answer with a number in 0..5 cm (you may also answer in in, mm)",
            "whynot <cause>");
  }

  @Test
  void whyNamesTheConclusionsAndRulesTheQuestionServes() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("temperature-c", "why");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> why"))
        .contains(
            "Your answer to temperature-c can still lead to:",
            "condition Running in the heat",
            "rule COND-HOT-CONDITIONS-01",
            "(kbase/conditions/thresholds.drl.csv, table Thresholds, row "
                + ShippedKbase.lineOf("conditions/thresholds.drl.csv", "\"COND-HOT-CONDITIONS-01\"")
                + ")");
  }

  @Test
  void whyAlsoNamesWhatTheConclusionCanLeadTo() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("months-running", "why");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> why"))
        .contains("condition New to running", "which in turn can lead to: cause Beginner runner");
  }

  @Test
  void howAndWhynotTakeAKindWhenAnIdIsBothACauseAndACondition() {
    Runner runner =
        Runner.asScript(HOT_WEATHER_ONLY)
            .at("heavy-legs-weeks", "whynot condition overtraining", "how", "whynot");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> whynot condition overtraining"))
        .contains("(condition) is not concluded");
    assertThat(runner.after("> how\n"))
        .contains("Type how <conclusion>. Concluded so far: hot-weather");
    assertThat(runner.after("> whynot\n")).contains("Type whynot <cause>. Causes: beginner");
  }

  @Test
  void whynotSaysAMultiChoiceAnsweredWithNoneWasAnsweredNone() {
    Runner runner =
        Runner.asScript(hotRunnerWith("symptoms", "none"))
            .at("months-running", "whynot possible-dvt");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> whynot possible-dvt"))
        .contains("[fails] symptoms value == \"one-sided-calf-swelling\"  (you answered none)");
  }

  @Test
  void leavingTheRedFlagScreeningUnknownNeedsASecondEnterAndTheReportSaysItWasNotChecked() {
    Runner runner = Runner.asScript(hotRunnerWith("symptoms", ""));
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.transcript)
        .contains("This question screens for symptoms that need a doctor.");
    assertThat(result.answers().unknown()).contains("symptoms");
    assertThat(result.report().redFlagsNotChecked()).isTrue();
    assertThat(ReportWriter.Format.TEXT.writer().write(result.report()))
        .startsWith("!! RED FLAGS NOT CHECKED");
  }

  @Test
  void aRedFlagWithdrawnByAChangeAndRaisedAgainIsShownAgain() {
    Runner runner =
        Runner.asScript(hotRunnerWith("symptoms", "localized-bone-pain"))
            .at(
                "months-running",
                "change symptoms",
                "none",
                "change symptoms",
                "localized-bone-pain");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.transcript.toString().split("!! URGENT: Possible stress fracture", -1))
        .hasSize(3);
  }

  @Test
  void aRedFlagAnswerIsNotRevisedToDontKnowAtOneWord() {
    Runner once =
        Runner.asScript(hotRunnerWith("symptoms", "chest-pain"))
            .at("months-running", "change symptoms", "unknown", "");
    interview(ShippedKbase.get(), once);
    Runner twice =
        Runner.asScript(hotRunnerWith("symptoms", "chest-pain"))
            .at("months-running", "change symptoms", "unknown", "unknown");
    interview(ShippedKbase.get(), twice);

    assertThat(once.after("symptoms> unknown"))
        .startsWith("symptoms> unknown\n  This question screens for symptoms that need a doctor.")
        .contains("Kept chest-pain.")
        .doesNotContain("no longer concluded");
    assertThat(twice.after("symptoms> unknown\n  This question screens"))
        .contains("Chest pain or unusual shortness of breath (no longer concluded)");
  }

  @Test
  void whyAtTheSymptomsQuestionSaysItScreensForRedFlags() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("symptoms", "why");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> why")).contains("screens for red flags", "RF-CHEST-01");
  }

  @Test
  void howShowsTheDerivationDownToTheAnswers() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("heavy-legs-weeks", "how hot-weather");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> how hot-weather"))
        .contains(
            "Hot weather (cause)",
            "CAUSE-HOT-WEATHER-01",
            "you answered temperature-c = 31 °C",
            "you answered symptoms = thirst");
  }

  @Test
  void howOfSomethingNotConcludedSaysSoAndPointsToWhynot() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("heavy-legs-weeks", "how overtraining");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> how overtraining"))
        .contains("\"overtraining\" has not been concluded", "whynot overtraining");
  }

  @Test
  void whynotShowsWhichPremisesFailedAndWhichAreStillOpen() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("runs-per-week", "whynot beginner");
    interview(ShippedKbase.get(), runner);

    String shown = runner.after("> whynot beginner");
    assertThat(shown)
        .contains(
            "Beginner runner (cause) is not concluded. No rule that makes it holds:",
            "rule CAUSE-BEGINNER-01",
            "[fails] condition New to running [new-runner]",
            "[open]  condition Too little recovery between runs");
    Runner drillDown = Runner.asScript(HOT_WEATHER_ONLY).at("runs-per-week", "whynot new-runner");
    interview(ShippedKbase.get(), drillDown);
    assertThat(drillDown.after("> whynot new-runner"))
        .contains("[fails] months-running number < 12  (you answered 30)");
  }

  @Test
  void statusShowsTheConclusionsSoFar() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("heavy-legs-weeks", "status");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> status"))
        .contains(
            "So far:",
            "1. Hot weather [hot-weather], strength 6",
            "condition: Dehydration [dehydration]",
            "question(s) still to ask");
  }

  @Test
  void backReasksThePreviousQuestionAndTheNewAnswerCounts() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("usual-effort", "back", "3 years");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> back"))
        .contains(
            "Again: How many months have you been running regularly?",
            "Now: 30 months",
            "No conclusion changed.");
    assertThat(runner.asked.subList(0, 4))
        .as("then the question it was at comes again")
        .containsExactly("symptoms", "months-running", "usual-effort", "usual-effort");
    assertThat(result.answers().get("months-running")).contains(new GivenAnswer.Number(36));
  }

  @Test
  void backKeepsTheAnswerOnEnterAndGoesFurtherBackOnBack() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("runs-per-week", "back", "back", "", "");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    String shown = runner.after("> back");
    assertThat(shown)
        .contains(
            "Again: How hard do most of your runs feel?",
            "(back to go further back)",
            "Again: How many months have you been running regularly?",
            "Kept 30 months.");
    assertThat(result.answers().get("usual-effort")).contains(new GivenAnswer.Choice("moderate"));
    assertThat(result.answers().get("months-running")).contains(new GivenAnswer.Number(30));
  }

  @Test
  void theQuestionLeftForBackKeepsItsNumberWhenAskedAgain() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("usual-effort", "back", "");
    interview(ShippedKbase.get(), runner);

    String before = runner.transcript.substring(0, runner.transcript.indexOf("> back"));
    assertThat(before).contains("3. How hard do most of your runs feel?");
    assertThat(runner.after("> back"))
        .contains("3. How hard do most of your runs feel?")
        .doesNotContain("4. How hard");
  }

  @Test
  void goingFurtherBackToAChangeThatDropsAFollowUpNumbersOnFromWhatIsStillAnswered() {
    Runner runner =
        Runner.asScript(
                hotRunnerWith(
                    "strength-sessions-per-week",
                    "3",
                    "lower-body-sets",
                    "12",
                    "training-priority",
                    "both",
                    "lifts-heavy",
                    "no"))
            .at("training-priority", "back", "back", "0");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    Matcher strength =
        Pattern.compile("\\n(\\d+)\\. How many strength-training sessions")
            .matcher(runner.transcript);
    assertThat(strength.find()).isTrue();
    int number = Integer.parseInt(strength.group(1));
    String afterChange = runner.after("strength-sessions-per-week> 0");
    assertThat(afterChange).contains("Dropped", "lower-body-sets");
    Matcher next = Pattern.compile("\\n(\\d+)\\. ").matcher(afterChange);
    assertThat(next.find()).isTrue();
    assertThat(Integer.parseInt(next.group(1)))
        .as("the question after the change")
        .isEqualTo(number + 1);
    assertThat(result.answers().get("lower-body-sets")).isEmpty();
  }

  @Test
  void aResumedInterviewNumbersOnFromTheAnswersItResumes() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY);
    new Interview(ShippedKbase.get(), runner, Optional.empty())
        .run(
            new Answers(
                Map.of(
                    "months-running",
                    new GivenAnswer.Number(30),
                    "usual-effort",
                    new GivenAnswer.Choice("moderate")),
                Set.of()));

    assertThat(runner.transcript)
        .contains("3. Which of these do you have?")
        .doesNotContain("1. Which");
  }

  @Test
  void backAtTheFirstQuestionSaysThereIsNothingToGoBackTo() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("symptoms", "back");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.transcript).contains("nothing to go back to");
  }

  @Test
  void anEmptyAnswerOrUnknownLeavesTheQuestionOpenInTheReport() {
    Runner runner =
        Runner.asScript(hotRunnerWith("temperature-c", "")).at("months-running", "unknown");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(result.answers().unknown()).contains("temperature-c", "months-running");
    assertThat(result.report().causes()).extracting(c -> c.id()).doesNotContain("hot-weather");
    assertThat(result.report().openQuestions()).extracting(q -> q.id()).contains("temperature-c");
  }

  @Test
  void anInvalidAnswerIsRefusedWithWhatIsAllowedAndAskedAgain() {
    Runner runner =
        Runner.asScript(HOT_WEATHER_ONLY)
            .at("usual-effort", "brutal")
            .at("runs-per-week", "4.5", "20")
            .at("shoes-feel-tight", "maybe");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    String shown = runner.transcript.toString();
    assertThat(shown).contains("\"brutal\" is not one of: easy, moderate, hard");
    assertThat(shown)
        .contains("\"4.5\" is not a whole number", "\"20\" is outside 0..14 runs a week");
    assertThat(shown).contains("\"maybe\" is not yes or no");
    assertThat(result.answers().get("usual-effort")).contains(new GivenAnswer.Choice("moderate"));
    assertThat(result.answers().get("runs-per-week")).contains(new GivenAnswer.Number(4));
  }

  @Test
  void unitsAreConvertedToTheCataloguesUnit() {
    Runner runner =
        Runner.asScript(
            hotRunnerWith(
                "shoe-distance-km",
                "500 mi",
                "toe-room-cm",
                "0.5 in",
                "temperature-c",
                "86F",
                "daily-fluid-litres",
                "1500 ml",
                "months-running",
                "2 years"));
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(result.answers().get("shoe-distance-km")).contains(new GivenAnswer.Number(804.672));
    assertThat(result.answers().get("toe-room-cm")).contains(new GivenAnswer.Number(1.27));
    assertThat(result.answers().get("temperature-c")).contains(new GivenAnswer.Number(30));
    assertThat(result.answers().get("months-running")).contains(new GivenAnswer.Number(24));
    assertThat(result.report().conditions()).extracting(c -> c.id()).contains("worn-out-shoes");
  }

  @Test
  void aUnitOfTheWrongKindIsRefused() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("shoe-distance-km", "3 kg", "30C");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.transcript)
        .contains(
            "\"3 kg\": unknown unit \"kg\" here; answer in km or mi",
            "\"30C\": unknown unit \"C\" here");
  }

  @Test
  void changingAnAnswerPrintsWhatAppearedAndDisappeared() {
    Runner runner =
        Runner.asScript(HOT_WEATHER_ONLY).at("heavy-legs-weeks", "change temperature-c", "15");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    String shown = runner.after("> change temperature-c");
    assertThat(shown)
        .contains(
            "Again: What is the usual temperature",
            "Now: 31 °C",
            "What changed:",
            "- cause: Hot weather (no longer concluded)",
            "- condition: Running in the heat (no longer concluded)");
    assertThat(result.report().causes()).extracting(c -> c.id()).doesNotContain("hot-weather");
  }

  @Test
  void changingAnAnswerShowsANewCauseAndItsRank() {
    Runner runner =
        Runner.asScript(HOT_WEATHER_ONLY).at("heavy-legs-weeks", "change shoe-distance-km", "900");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.after("> change shoe-distance-km"))
        .contains("+ cause: Wrong shoes (now ranked", "+ condition: Worn-out shoes");
  }

  @Test
  void followUpAnswersWhosePremiseNoLongerHoldsAreDropped() {
    Runner runner =
        Runner.asScript(
                hotRunnerWith(
                    "strength-sessions-per-week",
                    "3",
                    "lower-body-sets",
                    "10",
                    "training-priority",
                    "endurance",
                    "lifts-heavy",
                    "yes"))
            .at("heavy-legs-weeks", "change strength-sessions-per-week", "0");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    String shown = runner.after("> change strength-sessions-per-week");
    assertThat(shown)
        .contains(
            "- cause: Too much strength training",
            "Dropped, as their premise no longer holds:",
            "lower-body-sets (10 sets)");
    assertThat(shown).doesNotContain("diet (");
    assertThat(result.answers().get("lower-body-sets")).isEmpty();
    assertThat(result.answers().get("diet")).isPresent();
  }

  @Test
  void changeOfAQuestionNotAnsweredSaysWhichCanBeChanged() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("usual-effort", "change lower-body-sets");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.transcript)
        .contains(
            "\"lower-body-sets\" is not an answered question.",
            "Answered so far: symptoms, months-running");
  }

  @Test
  void changeBeforeAnyAnswerSaysNothingIsAnsweredYet() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("symptoms", "change symptoms");
    interview(ShippedKbase.get(), runner);

    assertThat(runner.transcript)
        .contains("\"symptoms\" is not an answered question. Nothing is answered yet.")
        .doesNotContain("Answered so far:");
  }

  @Test
  void quitEndsWithoutAReport() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("runs-per-week", "quit", "");
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(result.ending()).isEqualTo(Interview.Ending.QUIT);
    assertThat(runner.transcript).contains("Save your answers to resume later?");
  }

  @Test
  void endOfInputEndsTheInterviewAsIncomplete() {
    Runner runner = Runner.asScript(HOT_WEATHER_ONLY).at("runs-per-week", (String) null);
    Interview.Result result = interview(ShippedKbase.get(), runner);

    assertThat(result.ending()).isEqualTo(Interview.Ending.END_OF_INPUT);
    assertThat(runner.transcript).contains("Input ended with");
  }
}
