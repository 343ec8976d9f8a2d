package dev.heavylegs.interview;

import static dev.heavylegs.interview.QuestionSelectionTest.HOT_WEATHER_ONLY;
import static dev.heavylegs.interview.QuestionSelectionTest.hotRunnerWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.interview.dialogue.FlowMessages;
import dev.heavylegs.interview.saved.SavePath;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flow of a consultation as a runner lives it: stopping at a red flag, the progress line, the
 * prompt that stays open after the report, and keeping the answers when leaving in the middle.
 */
class ConsultationFlowTest {

  private static final String CLOT = "!! URGENT: Possible blood clot in the leg";

  @TempDir Path tmp;

  private final List<Report> printed = new ArrayList<>();

  private Interview.Result interview(Runner runner) {
    return new Interview(ShippedKbase.get(), runner, Optional.empty())
        .afterReport((report, answers) -> printed.add(report))
        .recoveryFolder(tmp.resolve("recovery"))
        .run(new Answers(Map.of(), Set.of()));
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  @Test
  void enterAtARedFlagStopsThereWithTheReportSoFarRedFlagFirst() {
    Runner runner = new Runner(hotRunnerWith("symptoms", "one-sided-calf-swelling")).atRedFlag("");
    Interview.Result result = interview(runner);

    assertThat(result.ending()).isEqualTo(Interview.Ending.STOPPED_AT_RED_FLAG);
    assertThat(runner.asked).containsExactly("symptoms");
    assertThat(result.report().redFlags())
        .extracting(Report.ReferralItem::urgency)
        .containsExactly("urgent");
    String shown = runner.transcript.toString();
    assertThat(shown.indexOf(CLOT))
        .isPositive()
        .isLessThan(shown.indexOf(FlowMessages.STOP_OR_GO_ON));
    assertThat(shown.substring(shown.indexOf(CLOT))).contains("What to do: See a doctor today");
    assertThat(printed).as("the caller prints the report so far; no open prompt").isEmpty();
  }

  @Test
  void stopTypedAtARedFlagStopsToo() {
    Runner runner = new Runner(hotRunnerWith("symptoms", "chest-pain")).atRedFlag("stop");
    assertThat(interview(runner).ending()).isEqualTo(Interview.Ending.STOPPED_AT_RED_FLAG);
    assertThat(runner.asked).containsExactly("symptoms");
  }

  @Test
  void goOnAtARedFlagCarriesOnAndTheSameFlagIsNotAnnouncedAgain() {
    Runner runner =
        new Runner(hotRunnerWith("symptoms", "one-sided-calf-swelling, thirst")).atRedFlag("go on");
    Interview.Result result = interview(runner);

    assertThat(result.ending()).isEqualTo(Interview.Ending.COMPLETED);
    assertThat(runner.asked.size()).isGreaterThan(3);
    String shown = runner.transcript.toString();
    assertThat(count(shown, CLOT)).isEqualTo(1);
    assertThat(count(shown, FlowMessages.STOP_OR_GO_ON)).isEqualTo(1);
    assertThat(result.report().redFlags()).isNotEmpty();
  }

  @Test
  void anAnswerThatIsNeitherIsAskedBackBeforeTheInterviewMovesOn() {
    Runner runner =
        new Runner(hotRunnerWith("symptoms", "chest-pain"))
            .at("symptoms", "chest-pain", "30", "continue");
    interview(runner);
    String shown = runner.transcript.toString();
    assertThat(shown).contains(FlowMessages.STOP_OR_GO_ON_AGAIN.strip(), FlowMessages.GOING_ON);
    assertThat(runner.asked.size()).isGreaterThan(1);
  }

  @Test
  void everyQuestionSaysHowFarAlongTheInterviewIs() {
    Runner runner = new Runner(HOT_WEATHER_ONLY);
    interview(runner);

    Matcher progress =
        Pattern.compile("question (\\d+), (about (\\d+) to go|perhaps the last)\\n\\d+\\. ")
            .matcher(runner.transcript);
    List<Integer> numbers = new ArrayList<>();
    List<Integer> left = new ArrayList<>();
    while (progress.find()) {
      numbers.add(Integer.parseInt(progress.group(1)));
      left.add(progress.group(3) == null ? 0 : Integer.parseInt(progress.group(3)));
    }
    assertThat(numbers).hasSize(runner.asked.size());
    assertThat(numbers.get(0)).isEqualTo(1);
    assertThat(numbers.get(numbers.size() - 1)).isEqualTo(runner.asked.size());
    assertThat(left.get(0))
        .as("an honest estimate: no more than the catalogue holds")
        .isBetween(1, ShippedKbase.get().questions().all().size() - 1);
    assertThat(left.get(0) + 1).isGreaterThanOrEqualTo(runner.asked.size());
  }

  @Test
  void afterTheReportAWhatIfShowsWhatWouldChangeAndCommitsNothing() {
    Runner runner =
        new Runner(HOT_WEATHER_ONLY)
            .afterReport("whatif temperature-c=12", "how hot-weather", "quit");
    Interview.Result result = interview(runner);

    assertThat(result.ending()).isEqualTo(Interview.Ending.COMPLETED);
    assertThat(result.reportShown()).isTrue();
    assertThat(printed).hasSize(1);
    String afterReport = runner.after(FlowMessages.AFTER_REPORT_PROMPT);
    assertThat(afterReport)
        .contains("What if temperature-c = 12", "- cause: Hot weather (no longer concluded)")
        .contains("Hot weather (cause)");
    assertThat(
            result
                .answers()
                .get("temperature-c")
                .orElseThrow()
                .facts("temperature-c")
                .get(0)
                .value())
        .isEqualTo("31");
    assertThat(result.report().causes()).extracting(Report.CauseItem::id).contains("hot-weather");
  }

  @Test
  void changeAfterTheReportRevisesTheAnswerAndShowsTheReportAgain() {
    Runner runner = new Runner(HOT_WEATHER_ONLY).afterReport("change temperature-c", "12", "quit");
    Interview.Result result = interview(runner);

    assertThat(printed).hasSize(2);
    assertThat(printed.get(0).causes()).extracting(Report.CauseItem::id).contains("hot-weather");
    assertThat(printed.get(1).causes())
        .extracting(Report.CauseItem::id)
        .doesNotContain("hot-weather");
    assertThat(result.report().causes())
        .extracting(Report.CauseItem::id)
        .doesNotContain("hot-weather");
  }

  @Test
  void ctrlDAtTheOpenPromptLeaves() {
    Runner runner = new Runner(HOT_WEATHER_ONLY).afterReport("whynot beginner");
    Interview.Result result = interview(runner);
    assertThat(result.ending()).isEqualTo(Interview.Ending.COMPLETED);
    assertThat(runner.after(FlowMessages.AFTER_REPORT_PROMPT)).contains("beginner");
  }

  @Test
  void ctrlCInTheMiddleOffersToSaveAndTheFileResumes() throws Exception {
    Path file = tmp.resolve("mine.json");
    Runner runner =
        new Runner(HOT_WEATHER_ONLY).interruptAt("months-running").atSaveOffer(file.toString());
    Interview.Result result = interview(runner);

    assertThat(result.ending()).isEqualTo(Interview.Ending.INTERRUPTED);
    assertThat(file).exists();
    assertThat(Files.readString(file)).contains("\"symptoms\"");
    assertThat(runner.transcript).contains("heavylegs consult --resume " + file);
  }

  @Test
  void leavingTheSaveOfferTooWritesAPrivateRecoveryFileAndSaysHowToResume() throws Exception {
    Runner runner = new Runner(HOT_WEATHER_ONLY).interruptAt("months-running").atSaveOffer("^C");
    interview(runner);

    List<Path> recovered;
    try (Stream<Path> files = Files.list(tmp.resolve("recovery"))) {
      recovered = files.toList();
    }
    assertThat(recovered).hasSize(1);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(recovered.get(0))))
        .isEqualTo("rw-------");
    assertThat(Files.readString(recovered.get(0))).contains("\"symptoms\"");
    assertThat(runner.transcript).contains("heavylegs consult --resume " + recovered.get(0));
  }

  @Test
  void endOfInputInTheMiddleAlsoKeepsTheAnswers() throws Exception {
    Runner runner = new Runner(HOT_WEATHER_ONLY).at("months-running", (String) null);
    Interview.Result result = interview(runner);

    assertThat(result.ending()).isEqualTo(Interview.Ending.END_OF_INPUT);
    try (Stream<Path> files = Files.list(tmp.resolve("recovery"))) {
      assertThat(files.count()).isEqualTo(1);
    }
  }

  @Test
  void aTildeInASavePathIsTheHomeFolder() {
    assertThat(SavePath.of("~/runs/mine.json"))
        .isEqualTo(Path.of(System.getProperty("user.home"), "runs", "mine.json"));
    assertThat(SavePath.of(" plain.json ")).isEqualTo(Path.of("plain.json"));
  }

  @Test
  void whatIfReadsSeveralPairsAndOneWithoutEquals() {
    assertThat(WhatIf.pairs("symptoms=thirst, dark-urine temperature-c = 10"))
        .containsExactly(
            Map.entry("symptoms", "thirst, dark-urine"), Map.entry("temperature-c", "10"));
    assertThat(WhatIf.pairs("diet vegan")).containsExactly(Map.entry("diet", "vegan"));
    assertThat(WhatIf.pairs("nonsense")).isEmpty();
  }
}
