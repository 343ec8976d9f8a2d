package dev.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code heavylegs consult} end to end: what a user sees on stdout and stderr, and the exit code.
 */
class CliTest {

  @TempDir Path tmp;

  record Run(int exitCode, String out, String err) {}

  static Run heavylegs(String... args) {
    return withInput("", args);
  }

  /** Runs heavylegs with {@code input} on a stdin that is not a terminal, as a script would. */
  static Run withInput(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StandardInput stdin =
        new StandardInput(
            new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), false);
    int code =
        Cli.run(
            args,
            stdin,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aMistypedCommandLineGetsOneLineNotTheWholeUsage() {
    Run badValue = heavylegs("consult", "--format", "xml");
    Run typo = heavylegs("consul");

    assertThat(badValue.exitCode()).isEqualTo(2);
    assertThat(badValue.out()).isEmpty();
    assertThat(badValue.err())
        .isEqualTo(
            "heavylegs consult: Invalid value for option '--format': expected one of"
                + " [TEXT, MARKDOWN, JSON] (case-insensitive) but was 'xml'; see heavylegs consult --help\n");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err().lines())
        .singleElement()
        .asString()
        .contains("'consul'", "did you mean consult");
  }

  @Test
  void everyCommandPrintsTheVersionItsHelpOffers() {
    for (String command : new String[] {"consult", "batch", "validate", "test", "rules", "cache"}) {
      Run run = heavylegs(command, "--version");

      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).startsWith("heavylegs ");
    }
  }

  @Test
  void textReportShowsRankedCausesWithABecauseTreeDownToTheAnswers() {
    Run run = heavylegs("consult", "--answers", "examples/hot-summer-runner.json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(
            "LIKELY CAUSES, strongest first",
            "1. Hot weather  (strength 6)",
            "because:",
            "CAUSE-HOT-WEATHER-01",
            "(kbase/causes/hot-weather.drl:",
            "you answered temperature-c = 31 °C",
            "WHAT TO DO",
            "Drink plenty",
            "Note: ");
    assertThat(run.out()).doesNotContain("RED FLAGS");
  }

  @Test
  void redFlagsArePrintedBeforeAnythingElse() {
    Run run = heavylegs("consult", "--answers", "examples/new-runner-with-calf-swelling.json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().indexOf("RED FLAGS"))
        .isNotNegative()
        .isLessThan(run.out().indexOf("LIKELY CAUSES"));
    assertThat(run.out()).contains("[URGENT] Possible blood clot in the leg");
  }

  @Test
  void jsonReportFollowsTheContract() throws IOException {
    Run run =
        heavylegs(
            "consult", "--answers", "examples/overtrained-club-runner.json", "--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.fieldNames())
        .toIterable()
        .startsWith("conditions", "causes", "recommendations", "referrals");
    assertThat(report.at("/causes/0/id").asText()).isEqualTo("overtraining");
    assertThat(report.at("/causes/0/title").asText()).isNotBlank();
    assertThat(report.at("/recommendations/0/text").asText()).isNotBlank();
    assertThat(report.findValues("urgency")).extracting(JsonNode::asText).contains("routine");
    assertThat(report.findValuesAsText("question")).contains("symptoms", "rest-days-per-week");
    JsonNode ruleOfFirstCause = report.at("/causes/0/explanation/0/rule");
    assertThat(ruleOfFirstCause.get("id").asText()).startsWith("CAUSE-OVERTRAINING-");
    assertThat(ruleOfFirstCause.get("file").asText()).isEqualTo("kbase/causes/overtraining.drl");
  }

  @Test
  void markdownReportIsADocumentToHandToACoach() {
    Run run =
        heavylegs(
            "consult", "--answers", "examples/hot-summer-runner.json", "--format", "markdown");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("# Heavy legs: consultation report")
        .contains("## Likely causes, strongest first", "- answer `temperature-c` = 31 °C");
  }

  @Test
  void noCauseFoundIsStillAReportWithAdvice() {
    Run run = heavylegs("consult", "--answers", "examples/nothing-obvious.yaml");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("NO LIKELY CAUSE FOUND", "see your doctor");
  }

  static Stream<Path> examples() throws IOException {
    return Files.list(Path.of("examples")).sorted();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleRuns(Path example) {
    assertThat(heavylegs("consult", "--answers", example.toString()).exitCode()).isZero();
  }

  @Test
  void badInputIsOneLineOnStderrWithExitCode2AndNothingOnStdout() throws IOException {
    Path answers = Files.writeString(tmp.resolve("answers.json"), "{\"temperature-c\": 400}");

    Run run = heavylegs("consult", "--answers", answers.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(answers + ": temperature-c: 400 is outside -30..50 °C" + System.lineSeparator());
  }

  /** A --kbase that names no folder is a mistyped option, for every command that takes one. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"consult", "validate", "test", "rules", "batch", "cache"})
  void aKbaseThatIsNoFolderIsBadInputNotABrokenKnowledgeBase(String command) throws IOException {
    Path missing = tmp.resolve("no-such-kbase");
    Path file = Files.writeString(tmp.resolve("kbase.txt"), "not a folder");

    Run none = heavylegs(command, "--kbase", missing.toString());
    Run notAFolder = heavylegs(command, "--kbase=" + file);

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err())
        .isEqualTo("--kbase " + missing + ": no such folder" + System.lineSeparator());
    assertThat(none.out()).isEmpty();
    assertThat(notAFolder.exitCode()).isEqualTo(2);
    assertThat(notAFolder.err())
        .isEqualTo("--kbase " + file + ": not a folder" + System.lineSeparator());
  }

  /** Read whole, /dev/zero filled the memory and ended in an OutOfMemoryError's stack trace. */
  @Test
  void anEndlessAnswersFileIsOneLineNotAnOutOfMemoryError() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.exists(Path.of("/dev/zero")), "needs /dev/zero");

    for (String option : new String[] {"--answers", "--resume"}) {
      Run run = heavylegs("consult", option, "/dev/zero");

      assertThat(run.exitCode()).as(option).isEqualTo(2);
      assertThat(run.err())
          .as(option)
          .isEqualTo("/dev/zero: is a device, not an answers file" + System.lineSeparator());
      assertThat(run.out()).as(option).isEmpty();
    }
  }

  @Test
  void verboseAddsTheStackTrace() throws IOException {
    Path answers = Files.writeString(tmp.resolve("answers.json"), "{\"temperature-c\": 400}");

    Run run = heavylegs("consult", "--answers", answers.toString(), "--verbose");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("InvalidAnswerException", "\tat ");
  }

  @Test
  void withoutAnswersItAsksAndAnEmptyInputEndsIncompleteWithoutAReport() {
    Run run = heavylegs("consult");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Which of these do you have?", "Input ended with");
  }

  @Test
  void aBrokenKnowledgeBaseIsRefusedWithExit3AndFileLineMessages() throws IOException {
    Path kbase = tmp.resolve("kbase");
    Files.createDirectories(kbase.resolve("causes"));
    for (String name : new String[] {"questions.yaml", "report.yaml"}) {
      Files.copy(Path.of("kbase", name), kbase.resolve(name));
    }
    Files.writeString(
        kbase.resolve("causes/broken.drl"),
        """
        package heavylegs.causes;
        import dev.heavylegs.facts.*;
        rule "Broken"
            @id("X-1") @source("test")
        when
            Answer( question == "temperature-c", number > 25
        then
            insertLogical( new Condition( "hot" ) );
        end
        """);

    Run run =
        heavylegs(
            "consult", "--answers", "examples/hot-summer-runner.json", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .containsPattern(
            "(?m)^"
                + java.util.regex.Pattern.quote(kbase + "/causes/broken.drl")
                + ":\\d+:\\d+: error: ");
    assertThat(run.err()).contains("no consultation was run").doesNotContain("\tat ");
  }
}
