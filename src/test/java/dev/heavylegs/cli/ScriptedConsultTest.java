package dev.heavylegs.cli;

import static dev.heavylegs.cli.CliTest.withInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.cli.CliTest.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code heavylegs consult} driven by a script: answers one per line on a stdin that is not a
 * terminal, questions on stderr, the report on stdout; saving and resuming.
 */
class ScriptedConsultTest {

  /** A hot-weather runner's answers, in the order the shipped kbase asks them. */
  static final String[] HOT_RUNNER_LINES = {
    "thirst, muscle-cramps", // symptoms
    "30", // months-running
    "moderate", // usual-effort
    "4", // runs-per-week
    "3", // rest-days-per-week
    "36", // rest-hours-between-runs
    "0", // weekly-distance-increase-pct
    "0", // strength-sessions-per-week
    "omnivore", // diet
    "10", // iron-rich-meals-per-week
    "not-tested", // iron-test
    "male", // sex
    "300", // shoe-distance-km
    "1.5", // toe-room-cm
    "no", // shoes-feel-tight
    "31", // temperature-c
    "3", // heavy-legs-weeks
  };

  @TempDir Path tmp;

  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static String firstLines(int count) {
    return lines(Arrays.copyOf(HOT_RUNNER_LINES, count));
  }

  @Test
  void questionsGoToStderrAndTheReportToStdout() {
    Run run = withInput(lines(HOT_RUNNER_LINES), "consult");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains(
            "1. Which of these do you have?",
            "> thirst, muscle-cramps",
            "17. For how many weeks have your legs felt heavy?");
    assertThat(run.out())
        .contains(
            "LIKELY CAUSES, STRONGEST FIRST",
            "1. Hot weather, because you usually run at 31 °C",
            "WHAT WOULD CHANGE THE OUTCOME",
            "With temperature-c 24 °C, Hot weather (cause) would no longer be concluded.");
    assertThat(run.out()).doesNotContain("Which of these do you have?", "How many months");
  }

  @Test
  void promptCommandsWorkOnTheScriptedPath() {
    Run run =
        withInput(lines("none", "?", "why", "status", "forty", "40", "back", "3 years"), "consult");

    assertThat(run.err())
        .contains(
            "Count from when you started running", // ? shows the help text
            "Your answer to months-running can still lead to:",
            "rule COND-NEW-RUNNER-01", // why
            "So far:", // status
            "\"forty\" is not a number. Please answer with a number in 0..1200 months");
    assertThat(run.err().split("How many months have you been running regularly\\?", -1))
        .as("back asks months-running again")
        .hasSize(3);
  }

  @Test
  void aRedFlagShowsItsAdviceBeforeTheNextQuestionAndReachesStdoutEvenIfInputEnds() {
    Run run = withInput(lines("one-sided-calf-swelling"), "consult");

    assertThat(run.err().indexOf("!! URGENT: Possible blood clot in the leg"))
        .isPositive()
        .isLessThan(run.err().indexOf("2. How many months"));
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.out())
        .startsWith("!! RED FLAGS: SEE A DOCTOR FIRST\n!! URGENT: Possible blood clot in the leg");
  }

  @Test
  void withARedFlagAndNoCauseTheReportDoesNotSayTakeItEasy() {
    Run run =
        withInput("", "consult", "--answers", write("{\"symptoms\": [\"cola-coloured-urine\"]}"));

    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("Follow the red-flag advice")
        .doesNotContain("Take a few easy days");
  }

  @Test
  void droppedFollowUpsAndBackAreSavedToo() throws IOException {
    Path saved = tmp.resolve("saved.json");
    withInput(
        lines(
            "none",
            "30",
            "moderate",
            "3",
            "3",
            "48",
            "5",
            "3",
            "8",
            "endurance",
            "yes",
            "change strength-sessions-per-week",
            "0",
            "back",
            "2"),
        "consult",
        "--save",
        saved.toString());

    JsonNode answers = new ObjectMapper().readTree(saved.toFile()).path("answers");
    assertThat(answers.path("strength-sessions-per-week").asInt())
        .as("back changed it to 2")
        .isEqualTo(2);
    assertThat(answers.has("lower-body-sets")).as("dropped when sessions went to 0").isFalse();
    assertThat(answers.has("training-priority")).isFalse();
  }

  @Test
  void resumeGoesOnSavingToTheSameFileAndCannotBeCombinedWithAnswers() throws IOException {
    Path saved = tmp.resolve("saved.json");
    withInput(firstLines(3), "consult", "--save", saved.toString());
    withInput(lines("4"), "consult", "--resume", saved.toString());

    assertThat(
            new ObjectMapper()
                .readTree(saved.toFile())
                .path("answers")
                .path("runs-per-week")
                .asInt())
        .isEqualTo(4);
    Run both =
        withInput("", "consult", "--resume", saved.toString(), "--answers", saved.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("Use --answers FILE or --resume FILE, not both");
  }

  @Test
  void savedAnswersThatNoLongerFitTheKnowledgeBaseAreLeftOutAndAskedAgain() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path saved = tmp.resolve("saved.json");
    withInput(
        lines(HOT_RUNNER_LINES),
        "consult",
        "--kbase",
        kbase.toString(),
        "--save",
        saved.toString());
    Path questions = kbase.resolve("questions.yaml");
    Files.writeString(questions, Files.readString(questions).replace("max: 5000", "max: 250"));

    Run run =
        withInput(
            lines("200"), "consult", "--kbase", kbase.toString(), "--resume", saved.toString());

    assertThat(run.err())
        .contains(
            "the knowledge base has changed since this consultation was saved",
            "These saved answers do not fit the knowledge base and are left out",
            "shoe-distance-km: 300 is outside 0..250 km",
            "17. How far have you run in your current pair");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void givenWithAnswersASavedConsultationWithAnAnswerThatDoesNotFitIsBadInputNotAReport() {
    // Nothing is asked with --answers: leaving the mistyped chest pain out would lose a red flag.
    String saved =
        write(
            "{\"format\": \"heavylegs-consultation/1\", \"kbase\": {\"hash\": \"x\"},"
                + " \"answers\": {\"symptoms\": [\"chest-pain\", \"chest-pian\"]}}");

    Run run = withInput("", "consult", "--answers", saved);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith(saved + ": symptoms: \"chest-pian\" is not one of:")
        .endsWith(
            "(with --answers every saved answer must fit; --resume asks again for those that do not)");
  }

  @Test
  void quittingAfterARedFlagStillPutsItOnStdoutAndNoIsNotAFileName() throws IOException {
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "my own notes");

    Run flagged = withInput(lines("chest-pain", "quit", "no"), "consult");
    Run refused = withInput(lines("thirst", "quit", notes.toString(), ""), "consult");

    assertThat(flagged.exitCode()).isZero();
    assertThat(flagged.out())
        .contains("!! RED FLAGS: SEE A DOCTOR FIRST", "Chest pain or unusual shortness of breath");
    assertThat(flagged.err()).doesNotContain("Saved.");
    assertThat(Files.exists(Path.of("no"))).isFalse();
    assertThat(refused.out()).isEmpty(); // no red flag: quitting prints nothing
    assertThat(refused.err())
        .contains(notes + " exists and is not a saved consultation; it is left as it is.");
    assertThat(Files.readString(notes)).isEqualTo("my own notes");
  }

  private String write(String json) {
    try {
      Path file = Files.createTempFile(tmp, "answers", ".json");
      Files.writeString(file, json);
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void endOfInputInTheMiddleKeepsWhatWasSavedAndResumeAsksOnlyWhatIsLeft() throws IOException {
    Path saved = tmp.resolve("consultation.json");
    Run first = withInput(firstLines(5), "consult", "--save", saved.toString());

    assertThat(first.exitCode()).isEqualTo(4);
    assertThat(first.out()).isEmpty();
    assertThat(first.err())
        .contains("Input ended with", "resume with: heavylegs consult --resume " + saved);
    JsonNode file = new ObjectMapper().readTree(saved.toFile());
    assertThat(file.path("format").asText()).isEqualTo("heavylegs-consultation/1");
    assertThat(file.path("kbase").path("hash").asText()).startsWith("sha256:");
    assertThat(file.path("answers").size()).isEqualTo(5);
    assertThat(file.path("answers").path("rest-days-per-week").asInt()).isEqualTo(3);
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).as("no temporary file left beside the saved one").containsExactly(saved);
    }

    String rest = lines(Arrays.copyOfRange(HOT_RUNNER_LINES, 5, HOT_RUNNER_LINES.length));
    Run resumed =
        withInput(rest, "consult", "--resume", saved.toString(), "--save", saved.toString());

    assertThat(resumed.exitCode()).isZero();
    assertThat(resumed.err())
        .doesNotContain("[symptoms]", "[months-running]", "knowledge base has changed")
        .contains("6. What is usually the shortest gap between two of your runs");
    assertThat(resumed.out()).contains("1. Hot weather, because you usually run at 31 °C");
    assertThat(new ObjectMapper().readTree(saved.toFile()).path("answers").size())
        .isEqualTo(HOT_RUNNER_LINES.length);
  }

  @Test
  void aSavedConsultationAlsoWorksAsAnAnswersFile() {
    Path saved = tmp.resolve("done.json");
    withInput(lines(HOT_RUNNER_LINES), "consult", "--save", saved.toString());

    Run run = withInput("", "consult", "--answers", saved.toString(), "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("\"hot-weather\"");
  }

  @Test
  void aKnowledgeBaseChangedSinceSavingIsReportedWithTheConclusionsThatDiffer() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path saved = tmp.resolve("saved.json");
    withInput(
        lines(HOT_RUNNER_LINES),
        "consult",
        "--kbase",
        kbase.toString(),
        "--save",
        saved.toString());
    Path thresholds = kbase.resolve("conditions/thresholds.drl.csv");
    Files.writeString(
        thresholds,
        Files.readString(thresholds)
            .replace("\"temperature-c\",\"25\"", "\"temperature-c\",\"32\""));

    Run report =
        withInput("", "consult", "--kbase", kbase.toString(), "--answers", saved.toString());
    Run resumed =
        withInput(
            "\n\n\n\n\n\n\n\n",
            "consult",
            "--kbase",
            kbase.toString(),
            "--resume",
            saved.toString());

    for (Run run : new Run[] {report, resumed}) {
      assertThat(run.err())
          .contains(
              "the knowledge base has changed since this consultation was saved",
              "- cause: Hot weather (no longer concluded)",
              "- condition: Running in the heat (no longer concluded)");
    }
    assertThat(report.out()).doesNotContain("1. Hot weather");
  }

  @Test
  void anUnchangedKnowledgeBaseIsNotReportedAsChanged() {
    Path saved = tmp.resolve("saved.json");
    withInput(lines(HOT_RUNNER_LINES), "consult", "--save", saved.toString());

    Run run = withInput("", "consult", "--answers", saved.toString());

    assertThat(run.err()).isEmpty();
  }

  @Test
  void quitAsksWhetherToSaveAndSavesWhereTheRunnerSays() throws IOException {
    Path file = tmp.resolve("later.json");
    Run run = withInput(lines("none", "30", "quit", file.toString()), "consult");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "Save your answers to resume later?", "Saved. Resume with: heavylegs consult --resume");
    assertThat(
            new ObjectMapper()
                .readTree(file.toFile())
                .path("answers")
                .path("months-running")
                .asInt())
        .isEqualTo(30);
  }

  @Test
  void aSaveFileThatCannotBeWrittenIsAOneLineError() {
    Path nowhere = tmp.resolve("no/such/dir/file.json");
    Run run = withInput(lines("none"), "consult", "--save", nowhere.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .as("checked before any question is asked")
        .contains(
            "heavylegs: cannot save to "
                + nowhere
                + ": the folder "
                + nowhere.getParent()
                + " does not exist")
        .doesNotContain("\tat ", "Which of these");
  }
}
