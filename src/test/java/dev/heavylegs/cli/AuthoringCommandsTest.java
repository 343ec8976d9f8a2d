package dev.heavylegs.cli;

import static dev.heavylegs.ShippedKbase.edit;
import static dev.heavylegs.cli.CliTest.heavylegs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code heavylegs validate}, {@code test} and {@code rules}, as an expert uses them. */
class AuthoringCommandsTest {

  @TempDir Path tmp;

  private Path copy() throws IOException {
    return ShippedKbase.copyTo(tmp.resolve("kbase"));
  }

  @Test
  void validateOnTheShippedKbaseIsCleanEvenWhenStrict() {
    Run run = heavylegs("validate", "--strict");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("kbase: 92 rules, 24 questions: 0 error(s), 0 warning(s)\n");
  }

  @Test
  void validateReportsEveryKindOfProblemInOnePassWithPathLineAndColumn() throws IOException {
    Path kbase = copy();
    edit(
        kbase.resolve("causes/wrong-shoes.drl"),
        "    Condition( id == \"worn-out-shoes\" )\nthen",
        "    Condition( id == \"worn-out-shoes\" \nthen"); // syntax error
    edit(
        kbase.resolve("conditions/hydration.drl"), "number > 60", "distance > 60"); // unknown field
    edit(
        kbase.resolve("conditions/training-load.drl"),
        "value == \"hard\" )",
        "value == \"brutal\" )");
    edit(kbase.resolve("causes/hot-weather.yaml"), "  drink-plenty:", "  drink-lots:"); // wording

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out())
        .containsPattern("kbase/causes/wrong-shoes\\.drl:\\d+:\\d+: error: syntax error")
        .containsPattern(
            "kbase/conditions/hydration\\.drl:\\d+:\\d+: error: .*Answer has no field 'distance'")
        .containsPattern(
            "kbase/conditions/training-load\\.drl:\\d+:\\d+: error: \"brutal\" is not an answer to 'usual-effort'")
        .containsPattern(
            "kbase/causes/hot-weather\\.drl:\\d+:1: error: recommendation 'drink-plenty' has no wording");
  }

  @Test
  void consultRefusesABrokenKbaseWithTheSameMessages() throws IOException {
    Path kbase = copy();
    edit(
        kbase.resolve("conditions/training-load.drl"),
        "value == \"hard\" )",
        "value == \"brutal\" )");

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
  void warningsFailOnlyWithStrict() throws IOException {
    Path kbase = copy();
    Files.writeString(
        kbase.resolve("conditions/extra.yaml"),
        "conditions:\n  sleepy:\n    title: Sleepy\n    explanation: x\n");

    assertThat(heavylegs("validate", "--kbase", kbase.toString()).exitCode()).isZero();
    Run strict = heavylegs("validate", "--strict", "--kbase", kbase.toString());
    assertThat(strict.exitCode()).isEqualTo(3);
    assertThat(strict.out())
        .contains(
            "conditions/extra.yaml:2:1: warning: condition 'sleepy' is worded but no rule concludes it");
  }

  @Test
  void aQuestionNoRuleReadsIsAWarning() throws IOException {
    Path kbase = copy();
    edit(
        kbase.resolve("questions.yaml"),
        "questions:\n",
        """
        questions:
          - id: sleep-hours
            prompt: How many hours do you sleep?
            type: number
            unit: hours
            min: 0
            max: 24
        """);

    assertThat(heavylegs("validate", "--kbase", kbase.toString()).out())
        .containsPattern(
            "questions\\.yaml:\\d+:1: warning: question 'sleep-hours' is read by no rule");
  }

  @Test
  void aCauseThatCanNeverBeConcludedIsAWarning() throws IOException {
    Path kbase = copy();
    edit(
        kbase.resolve("conditions/thresholds.drl.csv"),
        "\"temperature-c\",\"25\"",
        "\"temperature-c\",\"60\"");

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(run.exitCode()).as("a warning: only --strict fails").isZero();
    assertThat(run.out())
        .contains(
            "causes/hot-weather.drl:14:1: warning: cause 'hot-weather' can never be concluded")
        .contains("warning: condition 'hot-conditions' can never be concluded")
        .contains("warning: 60 is outside the range of 'temperature-c' (-30..50 °C)");
    assertThat(heavylegs("validate", "--strict", "--kbase", kbase.toString()).exitCode())
        .isEqualTo(3);
  }

  @Test
  void aCauseWithoutARecommendationIsAnError() throws IOException {
    Path kbase = copy();
    Path shoes = kbase.resolve("causes/wrong-shoes.drl");
    Files.writeString(
        shoes, Files.readString(shoes).replaceAll("(?s)// ---- Recommendations.*", ""));

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out())
        .contains("causes/wrong-shoes.drl:14:1: error: cause 'wrong-shoes' has no recommendation");
  }

  @Test
  void aRuleMadeRedundantByAnotherIsFlagged() throws IOException {
    Path kbase = copy();
    Files.writeString(
        kbase.resolve("conditions/extra.drl"),
        """
        package heavylegs.extra;
        import dev.heavylegs.facts.*;

        rule "Worn-out shoes: far past the limit"
            @id("COND-WORN-OUT-SHOES-99")
            @source("test")
        when
            // has run 1000 km or more in the current pair
            Answer( question == "shoe-distance-km", number >= 1000 )
        then
            insertLogical( new Condition( "worn-out-shoes" ) );
        end
        """);

    assertThat(heavylegs("validate", "--kbase", kbase.toString()).out())
        .containsPattern(
            "conditions/extra\\.drl:4:1: warning: rule COND-WORN-OUT-SHOES-99 is redundant: whenever it fires, "
                + "COND-WORN-OUT-SHOES-01 .* fires too");
  }

  static Stream<String> forbiddenCode() {
    return Stream.of(
        "    System.out.println(\"hello\");\n",
        "    java.nio.file.Files.delete(java.nio.file.Path.of(\"x\"));\n",
        "    insert( new Condition( \"hot-conditions\" ) );\n");
  }

  @ParameterizedTest
  @MethodSource("forbiddenCode")
  void aConsequenceThatDoesMoreThanInsertConclusionsIsAnError(String code) throws IOException {
    Path kbase = copy();
    edit(
        kbase.resolve("conditions/shoes.drl"),
        "    insertLogical( new Condition( \"tight-shoes\" ) );\n",
        "    insertLogical( new Condition( \"tight-shoes\" ) );\n" + code);

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out())
        .as("at the column where the extra code starts")
        .containsPattern(
            "conditions/shoes\\.drl:\\d+:5: error: rule \"Tight shoes: the shoes feel tight\""
                + " may only insert conclusions after 'then'");
    assertThat(
            heavylegs(
                    "consult",
                    "--kbase",
                    kbase.toString(),
                    "--answers",
                    "examples/hot-summer-runner.json")
                .exitCode())
        .as("nothing runs on such a kbase")
        .isEqualTo(3);
  }

  @Test
  void aHashCommentIsNamedForWhatItIs() throws IOException {
    Path kbase = copy();
    edit(
        kbase.resolve("conditions/shoes.drl"),
        "when\n",
        "when\n    # the old way of writing a comment\n");

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out())
        .containsPattern(
            "kbase/conditions/shoes\\.drl:\\d+:5: error: syntax error: '#' does not"
                + " start a comment in a rule file: write // before a comment");
  }

  @Test
  void javaInConditionsImportsFunctionsAndGlobalsAreErrors() throws IOException {
    Path kbase = copy();
    Files.writeString(
        kbase.resolve("conditions/extra.drl"),
        """
        package heavylegs.extra;
        import dev.heavylegs.facts.*;
        import java.io.File;
        global java.util.List sink;

        function void leak() { System.exit(1); }

        rule "Sneaky"
            @id("X-01")
            @source("test")
        when
            // a condition that runs Java
            Answer( question == "temperature-c", number > java.lang.Math.random() )
            eval( true )
        then
            insertLogical( new Condition( "hot-conditions" ) );
        end
        """);

    String out = heavylegs("validate", "--kbase", kbase.toString()).out();

    assertThat(out)
        .contains("extra.drl:3:1: error: import java.io.File is not allowed")
        .contains("error: global sink is not allowed")
        .contains("error: function leak is not allowed")
        .contains("error: 'java' in a condition is not allowed")
        .contains("error: eval(...) is not allowed");
  }

  @Test
  void noJavaGetsPastTheChecksAndNothingRunsWhileChecking() throws IOException {
    Path kbase = copy();
    Path marker = tmp.resolve("ran");
    String touch = "new String[]{\"touch\",\"" + marker + "\"}";
    Files.writeString(
        kbase.resolve("conditions/evil.drl"),
        """
        package heavylegs.evil;
        import dev.heavylegs.facts.*;

        rule "Comment markers in strings"
            @id("EVIL-1") @source("x")
        when
            // hot
            Answer( question == "temperature-c", number > 30 )
        then
            insertLogical( new Condition( "/*" ) ); java.nio.file.Files.writeString(java.nio.file.Path.of("MARKER"), "x"); insertLogical( new Condition( "*/" ) );
        end

        rule "Code in salience"
            @id("EVIL-2") @source("x")
            salience ( Runtime.getRuntime().exec(TOUCH) == null ? 0 : 1 )
        when
            // hot
            Answer( question == "temperature-c", number > 30 )
        then
            insertLogical( new Condition( "hot-conditions" ) );
        end

        rule "Code in metadata and in a condition"
            @id("EVIL-3") @source("x") @extra( Runtime.getRuntime().exec(TOUCH) )
        when
            // a process handle
            Answer( question == "temperature-c", ProcessHandle.current().pid() > 0 )
        then
            insertLogical( new Condition( "hot-conditions" ) );
        end
        """
            .replace("MARKER", marker.toString())
            .replace("TOUCH", touch));

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

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("ok    kbase/scenarios/wrong-shoes.yaml:3: shoes past 400 miles are worn out")
        .contains("scenario(s): ")
        .contains(" passed, 0 failed")
        .contains("rule coverage: 92 of 92 rules fired in some scenario");
  }

  static List<String> causes() {
    return List.of(
        "beginner",
        "overtraining",
        "strength-training",
        "iron-deficiency",
        "wrong-shoes",
        "hot-weather");
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
    edit(
        kbase.resolve("conditions/thresholds.drl.csv"),
        "\"shoe-distance-km\",\"640\"",
        "\"shoe-distance-km\",\"1000\"");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .containsPattern(
            "FAIL  .*/scenarios/wrong-shoes\\.yaml:3: shoes past 400 miles are worn out")
        .contains("expected condition worn-out-shoes, but it was not concluded")
        .contains("Worn-out shoes (condition) is not concluded. No rule that makes it holds:")
        .contains("[fails] shoe-distance-km number >= 1000  (you answered 900)")
        .containsPattern("\\d+ scenario\\(s\\): \\d+ passed, [1-9]\\d* failed");
  }

  @Test
  void anUnexpectedConclusionIsExplainedWithHowItCameAbout() throws IOException {
    Path kbase = copy();
    edit(
        kbase.resolve("conditions/thresholds.drl.csv"),
        "\"temperature-c\",\"25\"",
        "\"temperature-c\",\"20\"");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("cause hot-weather must not be concluded, but it was")
        .contains("COND-HOT-CONDITIONS-01  Hot conditions: usual running temperature")
        .contains("you answered temperature-c = ");
  }

  @Test
  void aScenarioNamingAnIdNoRuleConcludesFailsInsteadOfPassingSilently() throws IOException {
    Path kbase = copy();
    edit(
        kbase.resolve("scenarios/wrong-shoes.yaml"),
        "  absent:\n    recommendations: [toe-room]",
        "  absent:\n    recommendations: [toe-rom]");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("the scenario names recommendation 'toe-rom', which no rule concludes");
  }

  @Test
  void aBrokenScenarioFileIsAOneLineErrorAtItsLine() throws IOException {
    Path kbase = copy();
    edit(
        kbase.resolve("scenarios/wrong-shoes.yaml"),
        "  absent:\n    recommendations: [toe-room]",
        "  absent:\n    recomendations: [toe-room]");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .containsPattern(
            "scenarios/wrong-shoes\\.yaml:\\d+:\\d+: error: unknown key 'recomendations'"
                + " \\(keys: causes, conditions, recommendations, referrals, top-cause\\)")
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
            "COND-HOT-CONDITIONS-01  [condition]  kbase/conditions/thresholds.drl.csv, table Thresholds, row 10")
        .contains("concludes: cause 'hot-weather'  (weight 3)")
        .contains("source: source-article: Hot Weather")
        .endsWith("92 rules\n");
  }

  @Test
  void rulesGraphIsDotOrMermaidFromQuestionsToAdvice() {
    String dot = heavylegs("rules", "--graph").out();
    String mermaid = heavylegs("rules", "--graph", "mermaid").out();

    assertThat(dot)
        .startsWith("digraph heavylegs {")
        .contains(
            "\"q:temperature-c\" -> \"condition:hot-conditions\" [label=\"COND-HOT-CONDITIONS-01\"]")
        .contains("\"condition:hot-conditions\" -> \"cause:hot-weather\"")
        .contains("\"cause:hot-weather\" -> \"recommendation:drink-plenty\"")
        .contains(
            "\"q:strength-sessions-per-week\" -> \"condition:high-lower-body-volume\" [label=\"COND-HIGH-LOWER-BODY-VOLUME-01\", style=dashed]")
        .endsWith("}\n");
    assertThat(mermaid)
        .startsWith("flowchart LR\n")
        .contains("q_temperature_c -->|COND-HOT-CONDITIONS-01| condition_hot_conditions")
        .contains("style referral_possible_dvt fill:#f4cccc");
  }
}
