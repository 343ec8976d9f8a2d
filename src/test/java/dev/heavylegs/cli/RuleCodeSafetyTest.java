package dev.heavylegs.cli;

import static dev.heavylegs.cli.CliTest.heavylegs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.PlacedFile;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestResources;
import dev.heavylegs.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A knowledge base received from elsewhere tries to run code, in every place of a rule file where
 * code can hide: one file of {@code src/test/resources/attacks/} each. Each attack, had it got
 * through, would create a marker file when the rule file is compiled or its rule fires for the
 * example runner (31 °C); the check must refuse the file with a {@code path:line:col} error, and
 * nothing may run: not {@code validate}, whose reachability analysis fires rules, nor a
 * consultation.
 */
class RuleCodeSafetyTest {

  @TempDir Path tmp;

  /** Every file in {@code attacks/}, named by its first comment. */
  static Stream<Arguments> attacks() {
    return Stream.concat(
            TestResources.names("attacks", ".drl").stream(),
            TestResources.names("attacks", ".drl.csv").stream())
        .map(name -> Arguments.of(TestResources.summary("attacks/" + name), name));
  }

  /**
   * The attack in {@code attacks/<name>} added to a copy of the shipped kbase as {@code
   * conditions/<name>}, its placeholders filled in: the marker's path, and the characters a file in
   * git could not be trusted to keep.
   */
  private Path withAttack(String name, Path marker) throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    String attack =
        TestResources.text("attacks/" + name)
            .replace("MARKER", marker.toString())
            .replace("CARRIAGE_RETURN", "\r");
    Files.writeString(kbase.resolve("conditions").resolve(name), attack);
    return kbase;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void ruleCodeThatWouldRunAnythingIsRefusedAndNothingRuns(String attack, String file)
      throws IOException {
    Path marker = tmp.resolve("ran");
    Path kbase = withAttack(file, marker);

    Run validate = heavylegs("validate", "--kbase", kbase.toString());
    Run consult =
        heavylegs(
            "consult", "--kbase", kbase.toString(), "--answers", "examples/hot-summer-runner.json");

    assertThat(validate.exitCode()).as(validate.out()).isEqualTo(3);
    assertThat(validate.out())
        .containsPattern(Pattern.quote("kbase/conditions/" + file) + ":\\d+:\\d+: error: ");
    assertThat(consult.exitCode()).isEqualTo(3);
    assertThat(consult.out()).isEmpty();
    assertThat(marker).as("nothing in the rule file ran").doesNotExist();
  }

  @Test
  void everyCommandRefusesSuchAFileAndNothingRuns() throws IOException {
    Path marker = tmp.resolve("ran");
    Path kbase = withAttack("a-unicode-line-break-ends-a-line-comment.drl", marker);
    Path profiles = Files.writeString(tmp.resolve("profiles.jsonl"), "{\"temperature-c\": 31}\n");
    String cacheDir = System.getProperty("heavylegs.cache.dir");
    System.setProperty("heavylegs.cache.dir", tmp.resolve("cache").toString());
    try {
      String dir = kbase.toString();
      assertThat(heavylegs("rules", "--kbase", dir).exitCode()).as("rules").isEqualTo(3);
      assertThat(heavylegs("test", "--kbase", dir).exitCode()).as("test").isEqualTo(3);
      assertThat(
              heavylegs("batch", "--kbase", dir, "--in", profiles.toString(), "--out", "-")
                  .exitCode())
          .as("batch")
          .isEqualTo(3);
      assertThat(heavylegs("cache", "--build", "--kbase", dir).exitCode())
          .as("cache --build")
          .isEqualTo(3);
    } finally {
      if (cacheDir == null) {
        System.clearProperty("heavylegs.cache.dir");
      } else {
        System.setProperty("heavylegs.cache.dir", cacheDir);
      }
    }
    assertThat(tmp.resolve("cache"))
        .as("nothing was cached")
        .satisfiesAnyOf(
            cache -> assertThat(cache).doesNotExist(),
            cache -> assertThat(cache).isEmptyDirectory());
    assertThat(marker).as("nothing in the rule file ran").doesNotExist();
  }

  @Test
  void codeInADecisionTableCellIsRefusedAtTheCell() throws IOException {
    Path marker = tmp.resolve("ran");
    Path kbase = withAttack("code-in-a-table-cell.drl.csv", marker);

    Run validate = heavylegs("validate", "--kbase", kbase.toString());
    Run test = heavylegs("test", "--kbase", kbase.toString());

    assertThat(validate.exitCode()).isEqualTo(3);
    assertThat(validate.out())
        .contains("kbase/conditions/code-in-a-table-cell.drl.csv:10:")
        .contains("may only insert conclusions after 'then'");
    assertThat(test.exitCode()).isEqualTo(3);
    assertThat(marker).as("nothing in the table ran").doesNotExist();
  }

  @Test
  void theMessageNamesTheEscapeWhereItStands() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    PlacedFile escape = PlacedFile.put(kbase, "broken/conditions/unicode-escape-in-a-comment.drl");

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    // line 15 holds the consequence; the escape is at column 57, after the insert and "// "
    assertThat(run.out())
        .contains(
            escape.at(
                "15:57: error: rule \"Attack\" may only insert" + " conclusions after 'then'"))
        .contains("a backslash is not allowed in rule code");
  }

  @Test
  void aFileThatDoesNotParseRunsNothingEither() throws IOException {
    Path marker = tmp.resolve("ran");
    Path kbase = withAttack("code-before-a-syntax-error.drl", marker);

    Run consult =
        heavylegs(
            "consult", "--kbase", kbase.toString(), "--answers", "examples/hot-summer-runner.json");

    assertThat(consult.exitCode()).isEqualTo(3);
    assertThat(consult.err())
        .contains("kbase/conditions/code-before-a-syntax-error.drl:")
        .contains("syntax error");
    assertThat(marker).doesNotExist();
  }

  /** Rule files too large for the checkers to read, built from a harmless rule. */
  static Stream<Arguments> oversized() {
    String rule = TestResources.text("additions/conditions/harmless.drl");
    String header = rule.substring(0, rule.indexOf("rule \""));
    String body = rule.substring(rule.indexOf("rule \""));
    StringBuilder many = new StringBuilder(header);
    for (int i = 0; i < 2001; i++) {
      many.append(
          body.replace("\"Attack\"", "\"Attack " + i + "\"").replace("ATTACK-01", "ATTACK-" + i));
    }
    String condition = "number > 20";
    return Stream.of(
        Arguments.of(
            "brackets nested hundreds deep",
            rule.replace(condition, "(".repeat(400) + condition + ")".repeat(400)),
            "nested too deeply"),
        Arguments.of(
            "nots nested thousands deep",
            rule.replace(
                "Answer( question",
                "not( ".repeat(3000)
                    + "Cause( id == \"x\" )"
                    + " )".repeat(3000)
                    + "\n    Answer( question"),
            "nested too deeply"),
        Arguments.of(
            "a rule file of several megabytes",
            rule + "//" + "x".repeat(2_000_000) + "\n",
            "larger than 1024 KB"),
        Arguments.of("thousands of rules", many.toString(), "rules: heavylegs reads at most 2000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oversized")
  void aRuleFileBeyondWhatTheCheckersCanReadIsRefusedNotCrashedOn(
      String what, String drl, String message) throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Files.writeString(kbase.resolve("conditions/attack.drl"), drl);

    Run validate = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isEqualTo(3);
    assertThat(validate.out()).contains(message);
  }

  @Test
  void everyFormTheGuideTeachesStillPasses() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    PlacedFile.put(kbase, "additions/conditions/every-taught-form.drl");

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(run.out()).doesNotContain(": error: ");
    assertThat(run.exitCode()).isZero();
  }
}
