package dev.heavylegs.kbase.load;

import static dev.heavylegs.ShippedKbase.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.ReportWording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken knowledge base is refused whole, with every problem at its file and line. */
class KnowledgeBaseLoaderTest {

  @TempDir Path tmp;

  @Test
  void theShippedKbaseLoadsCleanly() {
    KnowledgeBase kb = ShippedKbase.get();

    assertThat(kb.rules().all()).hasSizeGreaterThan(50);
    assertThat(kb.warnings()).isEmpty();
    assertThat(kb.rules().all())
        .allSatisfy(
            rule -> {
              assertThat(rule.id()).isNotBlank();
              assertThat(rule.source()).isNotBlank();
              assertThat(rule.file()).startsWith("kbase/").matches(".*\\.drl(\\.csv)?");
            });
  }

  @Test
  void withoutTheOptionalReportTextsTheReportFallsBackToThePlainOnes()
      throws IOException, KbaseException {
    Path kbase = copyOfShippedKbase();
    Path report = kbase.resolve("report.yaml");
    String full = Files.readString(report);
    Files.writeString(report, full.substring(0, full.indexOf("advice-after-red-flag:")));

    ReportWording wording = KnowledgeBaseLoader.load(kbase).reportWording();

    assertThat(wording.noCauseWithConditions()).isEqualTo(wording.noCause()).isNotBlank();
    assertThat(wording.adviceAfterRedFlag()).isEmpty();
  }

  @Test
  void aSyntaxErrorIsReportedAtItsLine() throws IOException {
    Path kbase = copyOfShippedKbase();
    edit(
        kbase.resolve("causes/wrong-shoes.drl"),
        "    Condition( id == \"worn-out-shoes\" )\nthen",
        "    Condition( id == \"worn-out-shoes\" \nthen");

    List<String> problems = problemsLoading(kbase);

    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .matches(".*/causes/wrong-shoes\\.drl:\\d+:\\d+: error: syntax error: .*"));
  }

  @Test
  void anUnknownFactFieldIsNamedWithTheFieldsThatExist() throws IOException {
    Path kbase = copyOfShippedKbase();
    edit(kbase.resolve("conditions/hydration.drl"), "number > 60", "distance > 60");

    List<String> problems = problemsLoading(kbase);

    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .matches(
                        ".*/conditions/hydration\\.drl:\\d+:\\d+: error: .*Answer has no field 'distance' \\(fields: question, value, number\\).*"));
  }

  @Test
  void aMisspeltChoiceIsAnError() throws IOException {
    Path kbase = copyOfShippedKbase();
    edit(
        kbase.resolve("conditions/training-load.drl"),
        "value == \"hard\" )\nthen",
        "value == \"brutal\" )\nthen");

    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .matches(
                        ".*/conditions/training-load\\.drl:\\d+:\\d+: error: \"brutal\" is not an answer to 'usual-effort' \\(answers: easy, moderate, hard\\)"));
  }

  @Test
  void aMissingWordingEntryIsAnErrorAtTheRule() throws IOException {
    Path kbase = copyOfShippedKbase();
    edit(kbase.resolve("causes/wrong-shoes.yaml"), "  toe-room:", "  toe-space:");

    List<String> problems = problemsLoading(kbase);

    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .matches(
                        ".*/causes/wrong-shoes\\.drl:\\d+:1: error: recommendation 'toe-room' has no wording.*"));
  }

  @Test
  void aMisspeltConditionIdThatNoRuleConcludesIsAnError() throws IOException {
    Path kbase = copyOfShippedKbase();
    edit(
        kbase.resolve("causes/wrong-shoes.drl"),
        "Condition( id == \"tight-shoes\" )\nthen",
        "Condition( id == \"tight-shoe\" )\nthen");

    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "error: no rule concludes condition 'tight-shoe', so this rule can never fire"));
  }

  @Test
  void rulesWithoutIdOrSourceAndDuplicateIdsAreErrors() throws IOException {
    Path kbase = copyOfShippedKbase();
    Path shoes = kbase.resolve("conditions/shoes.drl");
    edit(
        kbase.resolve("conditions/thresholds.drl.csv"),
        "\"COND-TIGHT-SHOES-02\"",
        "\"COND-TIGHT-SHOES-01\"");
    edit(shoes, "    @source(\"source-article: Wrong Shoes (shoes too tight)\")\n", "");

    List<String> problems = problemsLoading(kbase);

    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("rule id COND-TIGHT-SHOES-01 is already used by"));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("has no @source"));
  }

  @Test
  void anUnknownQuestionIsAnErrorWithASuggestion() throws IOException {
    Path kbase = copyOfShippedKbase();
    edit(
        kbase.resolve("conditions/shoes.drl"),
        "question == \"shoes-feel-tight\"",
        "question == \"shoes-fel-tight\"");

    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "error: unknown question 'shoes-fel-tight' (did you mean shoes-feel-tight?)"));
  }

  @Test
  void aBrokenQuestionCatalogueIsReportedAtItsLine() throws IOException {
    Path kbase = copyOfShippedKbase();
    edit(
        kbase.resolve("questions.yaml"),
        "    type: integer\n    unit: runs a week",
        "    type: whole-number\n    unit: runs a week");

    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .matches(
                        ".*/questions\\.yaml:\\d+:\\d+: error: question 'runs-per-week': unknown type 'whole-number'.*"));
  }

  @Test
  void everyProblemIsReportedInOnePass() throws IOException {
    Path kbase = copyOfShippedKbase();
    edit(kbase.resolve("conditions/hydration.drl"), "number > 60", "distance > 60");
    edit(kbase.resolve("causes/wrong-shoes.yaml"), "  toe-room:", "  toe-space:");

    List<String> problems = problemsLoading(kbase);

    assertThat(problems).anySatisfy(p -> assertThat(p).contains("hydration.drl"));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("toe-room' has no wording"));
  }

  @Test
  void aRuleFileThatIsNotUtf8TextIsAnErrorNamingIt() throws IOException {
    Path kbase = copyOfShippedKbase();
    Files.write(
        kbase.resolve("conditions/latin1.drl"),
        "// caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    assertThat(problemsLoading(kbase))
        .containsExactly(
            kbase + "/conditions/latin1.drl: error: cannot read the file: it is not UTF-8 text");
  }

  @Test
  void aFolderWithoutAKnowledgeBaseIsRefused() {
    assertThat(problemsLoading(tmp.resolve("nothing-here")))
        .singleElement()
        .asString()
        .endsWith("error: no knowledge base here: not a directory");
  }

  private List<String> problemsLoading(Path kbase) {
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> KnowledgeBaseLoader.load(kbase));
    assertThat(thrown).as("a broken kbase must not load").isInstanceOf(KbaseException.class);
    return ((KbaseException) thrown).problems().stream().map(KbaseProblem::toString).toList();
  }

  private Path copyOfShippedKbase() throws IOException {
    return ShippedKbase.copyTo(tmp.resolve("kbase"));
  }
}
