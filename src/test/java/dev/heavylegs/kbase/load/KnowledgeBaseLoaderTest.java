package dev.heavylegs.kbase.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.PlacedFile;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestResources;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.ReportWording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A broken knowledge base is refused whole, with every problem at its file and line. */
class KnowledgeBaseLoaderTest {

  @TempDir Path tmp;

  @Test
  void theShippedKbaseLoadsCleanly() {
    KnowledgeBase kb = ShippedKbase.get();

    assertThat(kb.rules().all()).hasSize(ShippedKbase.ruleCount());
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

  /**
   * One broken file of {@code src/test/resources/broken/}, put into a copy of the shipped kbase,
   * and the problem that refuses the kbase, at a line and column of that file.
   */
  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of(
            "conditions/syntax-error.drl",
            "11:11: error: syntax error: this '(' is never closed: add ')' where what it opens"
                + " ends"),
        Arguments.of(
            "conditions/missing-end.drl",
            "15:1: error: syntax error: rule \"Tight shoes: a new pair not yet worn in\" (line 6) has"
                + " no 'end': write end on a line of its own after its then part, before the next"
                + " rule begins here"),
        Arguments.of(
            "conditions/consequence-missing-bracket.drl",
            "13:51: error: syntax error in rule \"Tight shoes: a new pair not yet worn in\": expected"
                + " ')' in insertLogical( new Condition( \"id\" ) ), found ';'"),
        Arguments.of(
            "conditions/unknown-field.drl",
            "12:45: error: cannot use distance > 60: Answer has no field"
                + " 'distance' (fields: question, value, number)"),
        Arguments.of(
            "conditions/misspelt-choice.drl",
            "12:41: error: \"brutal\" is not an answer to 'usual-effort' (answers: easy, moderate, hard)"),
        Arguments.of(
            "conditions/unworded-recommendation.drl",
            "7:1: error: recommendation 'toe-space' has no wording"),
        Arguments.of(
            "conditions/misspelt-condition.drl",
            "7:1: error: no rule concludes condition 'tight-shoe', so this rule can never fire"),
        Arguments.of(
            "conditions/duplicate-id.drl",
            "17:1: error: rule id BROKEN-DUPLICATE-01 is already used by \"Tight shoes: a new pair not yet worn in\""),
        Arguments.of(
            "conditions/no-source.drl",
            "6:1: error: rule \"Tight shoes: a rule that cites nothing\" has no @source"),
        Arguments.of(
            "conditions/unknown-question.drl",
            "12:44: error: unknown question 'shoes-fel-tight' (did you mean shoes-feel-tight?)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void aBrokenFileRefusesTheKbaseWithTheProblemAtItsLine(String file, String problem)
      throws IOException {
    Path kbase = copyOfShippedKbase();
    PlacedFile placed = PlacedFile.put(kbase, "broken/" + file);

    List<String> problems = problemsLoading(kbase);

    assertThat(problems)
        .as(TestResources.summary("broken/" + file))
        .anySatisfy(p -> assertThat(p).startsWith(placed.at(problem)));
  }

  @Test
  void aBrokenQuestionCatalogueIsReportedAtItsLine() throws IOException {
    Path kbase = copyOfShippedKbase();
    PlacedFile.put(kbase, "broken/questions/unknown-type.yaml");

    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .matches(
                        Pattern.quote(kbase + "/questions.yaml")
                            + ":\\d+:\\d+: error: question 'naps-per-week': unknown type 'whole-number'.*"));
  }

  @Test
  void everyProblemIsReportedInOnePass() throws IOException {
    Path kbase = copyOfShippedKbase();
    PlacedFile field = PlacedFile.put(kbase, "broken/conditions/unknown-field.drl");
    PlacedFile wording = PlacedFile.put(kbase, "broken/conditions/unworded-recommendation.drl");

    List<String> problems = problemsLoading(kbase);

    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(field.at("12:45: error: ")));
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(wording.at("7:1: error: "))
                    .contains("'toe-space' has no wording"));
  }

  @Test
  void aRuleFileThatIsNotUtf8TextIsAnErrorNamingIt() throws IOException {
    Path kbase = copyOfShippedKbase();
    Files.write(
        kbase.resolve("conditions/latin1.drl"),
        "// caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(problemsLoading(kbase))
        .containsExactly(
            kbase + "/conditions/latin1.drl: error: cannot read the file: it is not UTF-8 text");
  }

  @Test
  void aSecondRuleWithTheNameOfAnotherSaysWhereTheFirstIsInOneError() throws IOException {
    Path kbase = copyOfShippedKbase();
    PlacedFile placed = PlacedFile.put(kbase, "broken/conditions/duplicate-name.drl");
    int first =
        ShippedKbase.lineOf("conditions/shoes.drl", "rule \"Tight shoes: the shoes feel tight\"");

    assertThat(problemsLoading(kbase))
        .singleElement()
        .asString()
        .isEqualTo(
            placed.at(
                "7:1: error: a second rule named \"Tight shoes: the shoes feel tight\": the first is"
                    + " at "
                    + kbase.resolve("conditions/shoes.drl")
                    + ":"
                    + first
                    + "; rule names must differ within a package (heavylegs.conditions)"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"conditions/shoes.yaml", "questions.yaml"})
  void aTabInTheIndentationOfAYamlFileIsOneErrorAtTheTab(String file) throws IOException {
    Path kbase = copyOfShippedKbase();
    Path yaml = kbase.resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(yaml));
    int indented = 0;
    while (!lines.get(indented).startsWith("    ")) {
      indented++;
    }
    lines.set(indented, "\t" + lines.get(indented).substring(4));
    Files.write(yaml, lines);

    assertThat(problemsLoading(kbase))
        .singleElement()
        .asString()
        .isEqualTo(
            yaml
                + ":"
                + (indented + 1)
                + ":1: error: a tab in the indentation: YAML indents with spaces only; replace"
                + " the tab with spaces");
  }

  @Test
  void aFolderWithoutAKnowledgeBaseIsRefused() {
    assertThat(problemsLoading(tmp.resolve("nothing-here")))
        .singleElement()
        .asString()
        .endsWith("error: no knowledge base here: not a directory");
  }

  private List<String> problemsLoading(Path kbase) {
    Throwable thrown = Assertions.catchThrowable(() -> KnowledgeBaseLoader.load(kbase));
    assertThat(thrown).as("a broken kbase must not load").isInstanceOf(KbaseException.class);
    return ((KbaseException) thrown).problems().stream().map(KbaseProblem::toString).toList();
  }

  private Path copyOfShippedKbase() throws IOException {
    return ShippedKbase.copyTo(tmp.resolve("kbase"));
  }
}
