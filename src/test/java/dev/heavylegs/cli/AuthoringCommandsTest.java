package dev.heavylegs.cli;

import static dev.heavylegs.ShippedKbase.edit;
import static dev.heavylegs.ShippedKbase.retune;
import static dev.heavylegs.cli.CliTest.heavylegs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.PlacedFile;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestResources;
import dev.heavylegs.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code heavylegs validate}, {@code test} and {@code rules}, as an expert uses them. */
class AuthoringCommandsTest {

  @TempDir Path tmp;

  private Path copy() throws IOException {
    return ShippedKbase.copyTo(tmp.resolve("kbase"));
  }

  /** Puts {@code broken/<file>} (a file of src/test/resources) into {@code kbase}. */
  private static PlacedFile broken(Path kbase, String file) throws IOException {
    return PlacedFile.put(kbase, "broken/" + file);
  }

  @Test
  void validateOnTheShippedKbaseIsCleanEvenWhenStrict() {
    Run run = heavylegs("validate", "--strict");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "kbase: "
                + ShippedKbase.ruleCount()
                + " rules, "
                + ShippedKbase.questionCount()
                + " questions: 0 error(s), 0 warning(s)\n");
  }

  @Test
  void validateReportsEveryKindOfProblemInOnePassWithPathLineAndColumn() throws IOException {
    Path kbase = copy();
    PlacedFile syntax = broken(kbase, "conditions/syntax-error.drl");
    PlacedFile field = broken(kbase, "conditions/unknown-field.drl");
    PlacedFile choice = broken(kbase, "conditions/misspelt-choice.drl");
    PlacedFile wording = broken(kbase, "conditions/unworded-recommendation.drl");

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out())
        .contains(syntax.at("11:11: error: syntax error: this '(' is never closed"))
        .contains(
            field.at("12:45: error: cannot use distance > 60: Answer has no field 'distance'"))
        .contains(choice.at("12:41: error: \"brutal\" is not an answer to 'usual-effort'"))
        .contains(wording.at("7:1: error: recommendation 'toe-space' has no wording"));
  }

  @Test
  void consultRefusesABrokenKbaseWithTheSameMessages() throws IOException {
    Path kbase = copy();
    broken(kbase, "conditions/misspelt-choice.drl");

    Run validate = heavylegs("validate", "--kbase", kbase.toString());
    Run consult =
        heavylegs(
            "consult", "--kbase", kbase.toString(), "--answers", "examples/hot-summer-runner.json");

    assertThat(consult.exitCode()).isEqualTo(3);
    assertThat(consult.out()).isEmpty();
    String problem =
        validate.out().lines().filter(l -> l.contains("brutal")).findFirst().orElseThrow();
    assertThat(consult.err()).contains(problem);
  }

  @Test
  void aCauseThatCanNeverBeConcludedIsAWarning() throws IOException {
    Path kbase = copy();
    retune(kbase, "temperature-c", "25", "60");
    int causeRule =
        ShippedKbase.lineOfRuleWith("causes/hot-weather.drl", "new Cause( \"hot-weather\" )");

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(run.exitCode()).as("a warning: only --strict fails").isZero();
    assertThat(run.out())
        .contains(
            "causes/hot-weather.drl:"
                + causeRule
                + ":1: warning: cause 'hot-weather' can never be concluded")
        .contains("warning: condition 'hot-conditions' can never be concluded")
        .contains("warning: 60 is outside the range of 'temperature-c' (-30..50 °C)");
    assertThat(heavylegs("validate", "--strict", "--kbase", kbase.toString()).exitCode())
        .isEqualTo(3);
  }

  /**
   * One broken file of {@code src/test/resources/broken/}, put into a copy of the shipped kbase,
   * and the problems validate must report, each at a line and column of that file.
   */
  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of(
            "conditions/unconcluded-condition.yaml",
            List.of("4:1: warning: condition 'sleepy' is worded but no rule concludes it")),
        Arguments.of(
            "questions/read-by-no-rule.yaml",
            List.of("3:1: warning: question 'sleep-hours' is read by no rule")),
        Arguments.of(
            "conditions/redundant-rule.drl",
            List.of(
                "7:1: warning: rule COND-WORN-OUT-SHOES-99 is redundant: whenever it fires, COND-WORN-OUT-SHOES-01 \"Worn-out shoes: distance in the current pair\" (")),
        Arguments.of(
            "conditions/unclosed-bracket.drl",
            List.of(
                "12:11: error: syntax error: this '(' is never closed: add ')' where what it"
                    + " opens ends")),
        Arguments.of(
            "conditions/contradictory-rule.drl",
            List.of(
                "8:1: warning: rule CAUSE-OVERTRAINING-98 can never fire: its conditions need"
                    + " answers to one question that cannot be given together")),
        Arguments.of(
            "conditions/switches-itself-off.drl",
            List.of(
                "7:1: error: this rule concludes condition 'hard-training' only while there is no"
                    + " condition 'hard-training', which is what it concludes: once it does, its"
                    + " 'not' no longer holds and the engine takes the conclusion back, so it"
                    + " switches itself off")),
        Arguments.of(
            "conditions/deny-each-other.drl",
            List.of(
                "7:1: error: this rule concludes condition 'frequent-running' only while there is"
                    + " no condition 'rapid-increase', but condition 'frequent-running' leads to"
                    + " condition 'rapid-increase' through COND-RAPID-INCREASE-98 (",
                "17:1: error: this rule concludes condition 'rapid-increase' only while there is"
                    + " no condition 'frequent-running', but condition 'rapid-increase' leads to"
                    + " condition 'frequent-running' through COND-FREQUENT-RUNNING-98 (")),
        Arguments.of(
            "conditions/unadvised-cause.drl",
            List.of("8:1: error: cause 'unadvised' has no recommendation")),
        Arguments.of(
            "conditions/consequence-prints.drl",
            List.of(
                "15:5: error: rule \"Tight shoes: a consequence that prints\" may only insert conclusions after 'then'")),
        Arguments.of(
            "conditions/consequence-deletes-a-file.drl",
            List.of(
                "15:5: error: rule \"Tight shoes: a consequence that deletes a file\" may only insert conclusions"
                    + " after 'then'")),
        Arguments.of(
            "conditions/consequence-inserts-without-logical.drl",
            List.of(
                "15:5: error: rule \"Tight shoes: a consequence that inserts a conclusion with insert( ), which truth"
                    + " maintenance would never withdraw\" may only insert conclusions after 'then'")),
        Arguments.of(
            "conditions/hash-comment.drl",
            List.of(
                "11:5: error: syntax error: '#' does not start a comment in a rule file: write // before a comment")),
        Arguments.of(
            "conditions/java-in-rules.drl",
            List.of(
                "5:1: error: import java.io.File is not allowed",
                "6:1: error: global sink is not allowed",
                "8:1: error: function leak is not allowed",
                "15:51: error: 'java' in a condition is not allowed",
                "16:5: error: eval(...) is not allowed")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void validateNamesEachProblemAtItsLineAndColumnAndOnlyErrorsStopAConsultation(
      String file, List<String> problems) throws IOException {
    Path kbase = copy();
    PlacedFile placed = broken(kbase, file);
    List<String> expected = problems.stream().map(placed::at).toList();
    boolean errors = problems.stream().anyMatch(p -> p.contains(": error: "));

    Run validate = heavylegs("validate", "--kbase", kbase.toString());
    Run strict = heavylegs("validate", "--strict", "--kbase", kbase.toString());
    Run consult =
        heavylegs(
            "consult", "--kbase", kbase.toString(), "--answers", "examples/hot-summer-runner.json");

    assertThat(validate.out()).as(TestResources.summary("broken/" + file)).contains(expected);
    assertThat(validate.exitCode()).as("only an error fails validate").isEqualTo(errors ? 3 : 0);
    assertThat(strict.exitCode()).as("with --strict a warning fails it too").isEqualTo(3);
    if (errors) {
      assertThat(consult.exitCode()).as("nothing runs on such a kbase").isEqualTo(3);
      assertThat(consult.out()).isEmpty();
      assertThat(consult.err()).contains(expected);
    } else {
      assertThat(consult.exitCode()).as("a warning does not stop a consultation").isZero();
    }
  }

  @Test
  void noJavaGetsPastTheChecksAndNothingRunsWhileChecking() throws IOException {
    Path kbase = copy();
    Path marker = tmp.resolve("ran");
    Files.writeString(
        kbase.resolve("conditions/evil.drl"),
        TestResources.text("attacks/code-hidden-from-the-checks.drl")
            .replace("MARKER", marker.toString()));

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out())
        .contains("rule \"Comment markers in strings\" may only insert conclusions")
        .contains("attribute salience is not allowed")
        .contains("found @extra")
        .contains("'ProcessHandle' in a condition is not allowed");
    heavylegs("rules", "--kbase", kbase.toString());
    heavylegs(
        "consult", "--kbase", kbase.toString(), "--answers", "examples/hot-summer-runner.json");
    assertThat(marker).as("nothing in the rule file ran").doesNotExist();
  }

  @Test
  void testPassesOnTheShippedKbaseWithFullRuleCoverage() {
    Run run = heavylegs("test", "--list");
    int rules = ShippedKbase.ruleCount();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "ok    kbase/scenarios/wrong-shoes.yaml:"
                + wornOutShoesScenario()
                + ": shoes past 400 miles are worn out")
        .contains("scenario(s): ")
        .contains(" passed, 0 failed")
        .contains("rule coverage: " + rules + " of " + rules + " rules fired in some scenario");
  }

  /** The line of the shipped scenario of worn-out shoes. */
  private static int wornOutShoesScenario() {
    return ShippedKbase.lineOf(
        "scenarios/wrong-shoes.yaml", "- name: shoes past 400 miles are worn out");
  }

  static List<String> causes() {
    return ShippedKbase.causes();
  }

  @ParameterizedTest
  @MethodSource("causes")
  void deletingTheRulesOfAnyOneCauseMakesTestFail(String cause) throws IOException {
    Path kbase = copy();
    Path rules = kbase.resolve("causes/" + cause + ".drl");
    String text = Files.readString(rules);
    // Delete the rules that conclude the cause; its recommendations and everything else stay.
    Files.writeString(
        rules,
        text.replaceAll(
            "(?s)rule \"[^\"]*\"\\s*\\n[^\\n]*@id\\(\"CAUSE-[^\\n]*\\n.*?\\nend\\n", ""));
    assertThat(Files.readString(rules)).doesNotContain("new Cause(");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.out() + run.err()).contains(cause);
  }

  @Test
  void aFailingScenarioShowsExpectedActualAndTheExplanation() throws IOException {
    Path kbase = copy();
    retune(kbase, "shoe-distance-km", "640", "1000");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "FAIL  "
                + kbase
                + "/scenarios/wrong-shoes.yaml:"
                + wornOutShoesScenario()
                + ": shoes past 400 miles are worn out")
        .contains("expected condition worn-out-shoes, but it was not concluded")
        .contains("Worn-out shoes (condition) is not concluded. No rule that makes it holds:")
        .contains("[fails] shoe-distance-km number >= 1000  (you answered 900)")
        .containsPattern("\\d+ scenario\\(s\\): \\d+ passed, [1-9]\\d* failed");
  }

  @Test
  void wordingOrARuleNameThatStatesAnotherNumberThanTheRuleIsAWarningNamingBoth()
      throws IOException {
    Path kbase = copy();
    retune(kbase, "shoe-distance-km", "640", "800");
    edit(
        kbase.resolve("conditions/strength.drl"),
        "Answer( question == \"lower-body-sets\", number > 5 )",
        "Answer( question == \"lower-body-sets\", number > 8 )");

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(run.exitCode()).as("a warning: the rule may be right and the text wrong").isZero();
    assertThat(run.out())
        .contains(
            kbase
                + "/conditions/shoes.yaml:"
                + ShippedKbase.lineOf("conditions/shoes.yaml", "worn-out-shoes:")
                + ":1: warning: the wording of condition 'worn-out-shoes' says 640 km, but rule"
                + " COND-WORN-OUT-SHOES-01 (")
        .contains("tests shoe-distance-km at least 800 km: change one of them")
        .contains(
            kbase
                + "/conditions/strength.drl:"
                + ShippedKbase.lineOfRuleWith("conditions/strength.drl", "number > 5")
                + ":1: warning: the rule's name says five sets, but the rule tests lower-body-sets"
                + " more than 8 sets: change one of them");

    // wording that states a range holding the new threshold agrees with it
    edit(kbase.resolve("conditions/shoes.yaml"), "640 km (400 miles)", "640 to 800 km");
    assertThat(heavylegs("validate", "--kbase", kbase.toString()).out())
        .doesNotContain("condition 'worn-out-shoes' says");
  }

  @Test
  void aScenarioMissingAnAnswerItNeedsSaysSoNotThatAnswersAreStillToCome() throws IOException {
    Path kbase = copy();
    Files.writeString(
        kbase.resolve("scenarios/unanswered.yaml"),
        "- name: hard runs without the gap between them\n"
            + "  answers:\n"
            + "    usual-effort: hard\n"
            + "  expect:\n"
            + "    conditions: [insufficient-recovery]\n");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("expected condition insufficient-recovery, but it was not concluded")
        .contains(
            "(condition) is not concluded: questions it needs are not answered ([open] below).")
        .contains("[open]  rest-hours-between-runs number < 48  (not answered yet)")
        .doesNotContain("still to come");
  }

  @Test
  void aScenarioChecksTheRankingOfCauses() throws IOException {
    Path kbase = copy();
    edit(
        kbase.resolve("scenarios/mixed.yaml"),
        "ranking: [wrong-shoes, beginner]",
        "ranking: [beginner, wrong-shoes]");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "expected the causes ranked beginner, wrong-shoes, got wrong-shoes 6, beginner 1");
  }

  @Test
  void aScenarioChecksWhichQuestionsTheInterviewAsksAndSkips() throws IOException {
    Path kbase = copy();
    Files.writeString(
        kbase.resolve("scenarios/questions.yaml"),
        "- name: wrong about the questions of a cool-weather runner\n"
            + "  answers:\n"
            + "    symptoms: []\n"
            + "    temperature-c: 10\n"
            + "  asked: [replaces-electrolytes]\n"
            + "  not-asked: [symptoms]\n"
            + "\n"
            + "- name: a misspelt question\n"
            + "  answers:\n"
            + "    symptoms: []\n"
            + "  not-asked: [temprature-c]\n");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .containsPattern(
            "expected question replaces-electrolytes to be asked, but it was not \\(asked:"
                + " symptoms, [a-z, -]*temperature-c")
        .contains("question symptoms must not be asked, but it was, as question 1 (asked: symptoms")
        .contains(
            "the scenario names question 'temprature-c', which is not in the question catalogue");
  }

  @Test
  void anUnexpectedConclusionIsExplainedWithHowItCameAbout() throws IOException {
    Path kbase = copy();
    retune(kbase, "temperature-c", "25", "20");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("cause hot-weather must not be concluded, but it was")
        .contains("COND-HOT-CONDITIONS-01 \"Hot conditions: usual running temperature")
        .contains("you answered temperature-c = ");
  }

  @Test
  void aScenarioNamingAnIdNoRuleConcludesFailsInsteadOfPassingSilently() throws IOException {
    Path kbase = copy();
    PlacedFile scenario = broken(kbase, "scenarios/misspelt-recommendation.yaml");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("FAIL  " + scenario.at("4: worn-out shoes but enough toe room"))
        .contains("the scenario names recommendation 'toe-rom', which no rule concludes");
  }

  @Test
  void validateFindsAScenarioIdNoRuleConcludesAndAnAnswerOutOfRangeWithoutRunningTest()
      throws IOException {
    Path kbase = copy();
    PlacedFile misspelt = broken(kbase, "scenarios/misspelt-recommendation.yaml");
    Path shoes = kbase.resolve("scenarios/wrong-shoes.yaml");
    Files.writeString(
        shoes,
        Files.readString(shoes)
            .replaceFirst("shoe-distance-km: 900\n", "shoe-distance-km: 90000\n"));

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out())
        .contains(
            misspelt.at(
                "4:1: error: scenario \"worn-out shoes but enough toe room\": the scenario names"
                    + " recommendation 'toe-rom', which no rule concludes (misspelt id?)"))
        .containsPattern(
            Pattern.quote(shoes.toString())
                + ":\\d+:1: error: scenario \"shoes past 400 miles are worn out\": invalid answers:"
                + " shoe-distance-km: 90000 is outside 0\\.\\.5000 km")
        .contains("2 error(s)");
  }

  @Test
  void aBrokenScenarioFileIsAOneLineErrorAtItsLine() throws IOException {
    Path kbase = copy();
    PlacedFile scenario = broken(kbase, "scenarios/unknown-key.yaml");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .containsPattern(
            Pattern.quote(scenario.file().toString())
                + ":\\d+:\\d+: error: unknown key 'recomendations'"
                + " \\(keys: causes, conditions, ranking, recommendations, referrals, strength, top-cause\\)")
        .doesNotContain("internal error");
  }

  @Test
  void aSpreadsheetNotNamedAsADecisionTableIsAWarningNotSilence() throws IOException {
    Path kbase = copy();
    Files.writeString(kbase.resolve("conditions/more-thresholds.xlsx"), "");

    assertThat(heavylegs("validate", "--kbase", kbase.toString()).out())
        .contains(
            "conditions/more-thresholds.xlsx:1:1: warning: ignored: a decision table's file name must end in"
                + " .drl.csv, .drl.xlsx or .drl.xls");
  }

  @Test
  void rulesListsEveryRuleWithItsStageLocationConclusionAndSource() {
    Run run = heavylegs("rules");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("RF-DVT-01  [red flag]  kbase/referrals/red-flags.drl:")
        .contains(
            "COND-HOT-CONDITIONS-01  [condition]  kbase/conditions/thresholds.drl.csv, table Thresholds, row "
                + ShippedKbase.lineOf(
                    "conditions/thresholds.drl.csv", "\"COND-HOT-CONDITIONS-01\""))
        .contains("concludes: cause 'hot-weather'  (weight 3)")
        .contains("source: source-article: Hot Weather")
        .endsWith("\n" + ShippedKbase.ruleCount() + " rules\n");
  }

  @Test
  void rulesGraphIsDotOrMermaidFromQuestionsToAdvice() {
    String dot = heavylegs("rules", "--graph").out();
    String mermaid = heavylegs("rules", "--graph", "mermaid").out();

    assertThat(dot)
        .startsWith("digraph heavylegs {")
        .contains(
            "\"q:temperature-c\" -> \"condition:hot-conditions\" [label=\"COND-HOT-CONDITIONS-01: >="
                + " 25 °C\"]")
        .contains(
            "\"condition:worn-out-shoes\" -> \"cause:wrong-shoes\" [label=\"CAUSE-WRONG-SHOES-01"
                + " (weight 3)\"]")
        // a rule with two premises: both lead into its "all" node, which leads to the conclusion
        .contains(
            "\"all:REC-REPLACE-WORN-SHOES-01:replace-worn-shoes\" -> \"recommendation:replace-worn-shoes\""
                + " [label=\"REC-REPLACE-WORN-SHOES-01\"]")
        .contains(
            "\"condition:worn-out-shoes\" -> \"all:REC-REPLACE-WORN-SHOES-01:replace-worn-shoes\"")
        // an or inside a rule is an "any" node
        .containsPattern(
            "\"any:COND-OVERTRAINING-SIGNS-01:[^\"]*\" \\[label=\"any\", shape=diamond")
        .contains(
            "\"q:strength-sessions-per-week\" -> \"all:COND-HIGH-LOWER-BODY-VOLUME-01:"
                + "high-lower-body-volume\" [label=\"== 0 sessions a week\", style=dashed]")
        .contains("subgraph cluster_legend {")
        .endsWith("}\n");
    assertThat(mermaid)
        .startsWith("flowchart LR\n")
        .contains("q_temperature_c -->|COND-HOT-CONDITIONS-01: >= 25 °C| condition_hot_conditions")
        .contains("style referral_possible_dvt fill:#f4cccc");
  }

  @Test
  void rulesGraphFocusedOnOneCauseOrQuestionShowsOnlyWhatLeadsToItAndWhatFollows() {
    String shoes = heavylegs("rules", "--graph", "--focus", "cause:wrong-shoes").out();
    String heat = heavylegs("rules", "--graph", "--focus", "question:temperature-c").out();

    assertThat(shoes)
        .contains("\"q:shoe-distance-km\" -> \"condition:worn-out-shoes\"")
        .contains("\"cause:wrong-shoes\" -> \"recommendation:fitted-shoes\"")
        .doesNotContain("q:temperature-c")
        .doesNotContain("cause:iron-deficiency");
    assertThat(heat)
        .contains("\"q:temperature-c\" -> \"condition:hot-conditions\"")
        .contains("\"condition:hot-conditions\" -> \"cause:hot-weather\"")
        .doesNotContain("q:shoe-distance-km");

    // a premise of an "all" node that follows from the focus stays drawn: it is needed too
    String hotConditions =
        heavylegs("rules", "--graph", "--focus", "condition:hot-conditions").out();
    assertThat(hotConditions)
        .containsPattern("\"q:run-duration-min\" -> \"all:COND-ELECTROLYTE-LOSS-01:");

    Run ambiguous = heavylegs("rules", "--graph", "--focus", "overtraining");
    assertThat(ambiguous.exitCode()).isEqualTo(2);
    assertThat(ambiguous.err())
        .contains(
            "--focus: 'overtraining' names cause:overtraining and condition:overtraining: name one"
                + " of them");

    Run unknown = heavylegs("rules", "--graph", "--focus", "wrong-shoe");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("--focus: the graph has no 'wrong-shoe': name a conclusion or a question")
        .contains("(causes: beginner, hot-weather,");
  }

  @Test
  void rulesGraphIsWrittenAsSvgWithGraphviz() {
    Run svg = heavylegs("rules", "--graph", "svg", "--focus", "cause:wrong-shoes");

    assertThat(svg.exitCode()).isZero();
    assertThat(svg.out()).contains("<svg").contains("Wrong shoes").contains("legend");
  }
}
