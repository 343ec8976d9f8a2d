package dev.heavylegs.interview;

import static dev.heavylegs.interview.QuestionSelectionTest.hotRunnerWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.interview.dialogue.FlowMessages;
import dev.heavylegs.interview.saved.ConsultationFile;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.report.Outcome;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consultation saved after the runner went on past a red flag, resumed: the flag is recalled in
 * one line, not stopped at again; a new red flag still stops.
 */
class ResumedRedFlagTest {

  private static final String CLOT_SCREEN = "!! URGENT: Possible blood clot in the leg";
  private static final String CLOT_REMINDER =
      "!! Reminder, URGENT: Possible blood clot in the leg (deep vein thrombosis)"
          + " (you went on past it before; its advice still stands)";
  private static final Map<String, String> CLOT_AND_THIRST =
      hotRunnerWith("symptoms", "one-sided-calf-swelling, thirst");

  @TempDir Path tmp;
  private Path file;
  private final KnowledgeBase kbase = ShippedKbase.get();

  /** Goes on past the clot, answers one more question and quits: the file is saved each time. */
  @BeforeEach
  void goOnPastTheClotAndQuitAfterTheNextQuestion() {
    file = tmp.resolve("mine.json");
    Runner probe = new Runner(CLOT_AND_THIRST);
    new Interview(kbase, probe, Optional.empty()).run(new Answers(Map.of(), Set.of()));
    String third = probe.asked.get(2);

    Runner first = new Runner(CLOT_AND_THIRST).atRedFlag("go on").at(third, "quit");
    Interview.Result result =
        new Interview(kbase, first, Optional.of(file)).run(new Answers(Map.of(), Set.of()));
    assertThat(result.ending()).isEqualTo(Interview.Ending.QUIT);
    assertThat(first.transcript).contains(CLOT_SCREEN, FlowMessages.STOP_OR_GO_ON);
  }

  private Interview.Result resume(Runner runner) throws Exception {
    ConsultationFile.Loaded loaded = ConsultationFile.read(file, kbase.questions());
    return new Interview(kbase, runner, Optional.of(file))
        .afterReport((report, answers) -> {})
        .run(loaded.answers(), loaded.acknowledgedRedFlags());
  }

  @Test
  void theSavedFileRemembersTheRedFlagGoneOnPast() throws Exception {
    assertThat(ConsultationFile.read(file, kbase.questions()).acknowledgedRedFlags())
        .containsExactly(Map.entry("possible-dvt", "urgent"));
    assertThat(Files.readString(file)).contains("\"red-flags-acknowledged\"");
  }

  @Test
  void onResumeTheAcknowledgedRedFlagIsAOneLineReminderNotTheStopScreen() throws Exception {
    Runner runner = new Runner(CLOT_AND_THIRST);
    Interview.Result result = resume(runner);

    String shown = runner.transcript.toString();
    assertThat(shown).contains(CLOT_REMINDER).doesNotContain(CLOT_SCREEN, "What to do:");
    assertThat(shown).doesNotContain(FlowMessages.STOP_OR_GO_ON);
    assertThat(runner.asked).as("the interview goes on where it was left").isNotEmpty();
    assertThat(result.ending()).isEqualTo(Interview.Ending.COMPLETED);
    assertThat(result.report().redFlags()).extracting(f -> f.id()).contains("possible-dvt");
  }

  @Test
  void aNewRedFlagAfterResumeStillStops() throws Exception {
    Runner runner =
        new Runner(CLOT_AND_THIRST)
            .atRedFlag("")
            .at(
                firstQuestionOnResume(),
                "change symptoms",
                "one-sided-calf-swelling, thirst, localized-bone-pain");
    Interview.Result result = resume(runner);

    String shown = runner.transcript.toString();
    assertThat(result.ending()).isEqualTo(Interview.Ending.STOPPED_AT_RED_FLAG);
    assertThat(shown).contains("!! URGENT: Possible stress fracture", FlowMessages.STOP_OR_GO_ON);
    assertThat(shown).contains(CLOT_REMINDER).doesNotContain(CLOT_SCREEN);
  }

  @Test
  void aFileSavedBeforeAcknowledgementsWereKeptStillReadsAndStopsAtTheFlag() throws Exception {
    Answers answers = ConsultationFile.read(file, kbase.questions()).answers();
    Report report = new ReportBuilder(kbase).build(Consultation.run(kbase, answers), answers);
    ConsultationFile.write(file, answers, kbase.contentHash(), Outcome.of(report));
    assertThat(Files.readString(file)).doesNotContain("red-flags-acknowledged");

    assertThat(ConsultationFile.read(file, kbase.questions()).acknowledgedRedFlags()).isEmpty();
    Runner runner = new Runner(CLOT_AND_THIRST).atRedFlag("");
    Interview.Result result = resume(runner);
    assertThat(result.ending()).isEqualTo(Interview.Ending.STOPPED_AT_RED_FLAG);
    assertThat(runner.transcript).contains(CLOT_SCREEN, FlowMessages.STOP_OR_GO_ON);
  }

  /** The question a resumed interview asks first. */
  private String firstQuestionOnResume() throws Exception {
    Path copy = tmp.resolve("probe.json");
    Files.copy(file, copy);
    ConsultationFile.Loaded loaded = ConsultationFile.read(copy, kbase.questions());
    Runner probe = new Runner(CLOT_AND_THIRST);
    new Interview(kbase, probe, Optional.empty())
        .run(loaded.answers(), loaded.acknowledgedRedFlags());
    return probe.asked.get(0);
  }
}
