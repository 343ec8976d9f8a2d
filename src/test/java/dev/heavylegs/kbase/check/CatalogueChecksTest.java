package dev.heavylegs.kbase.check;

import static dev.heavylegs.ShippedKbase.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.questions.ConsistencyRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synonyms, unknown answers and consistency rules in questions.yaml, read and checked. */
class CatalogueChecksTest {

  @TempDir Path tmp;

  @Test
  void theShippedCatalogueHasSynonymsUnknownWordsAndConsistencyRules() {
    var catalogue = ShippedKbase.get().questions();

    assertThat(catalogue.find("symptoms").orElseThrow().synonymsOf("one-sided-calf-swelling"))
        .contains("swollen calf", "calf swelling");
    assertThat(catalogue.unknownAnswers()).contains("don't know", "not sure");
    assertThat(catalogue.consistency())
        .extracting(ConsistencyRule::terms)
        .anySatisfy(t -> assertThat(t).containsKeys("runs-per-week", "rest-days-per-week"));
  }

  @Test
  void aSynonymClaimedByTwoChoicesIsAnErrorAtItsLineAndColumn() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path questions = kbase.resolve("questions.yaml");
    edit(
        questions,
        "      thirst: [thirsty, very thirsty]",
        "      thirst: [thirsty, very thirsty, cramps]");

    List<String> problems = problemsLoading(kbase);

    // the second choice to claim it is the one pointed at; the message names both
    int line =
        lineOf(
            questions, "      muscle-cramps: [cramps, cramp, cramping, leg cramps, calf cramps]");
    int column = "      muscle-cramps: [".length() + 1;
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("kbase/questions.yaml:" + line + ":" + column + ": error:")
                    .contains("\"cramps\"", "'muscle-cramps'", "'thirst'"));
  }

  @Test
  void aConsistencyRuleNamingAnUnknownQuestionIsAnErrorAtItsLineAndColumn() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path questions = kbase.resolve("questions.yaml");
    edit(questions, "      rest-days-per-week: 2", "      rest-days-a-week: 2");

    List<String> problems = problemsLoading(kbase);

    int line = lineOf(questions, "      rest-days-a-week: 2");
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("kbase/questions.yaml:" + line + ":7: error:")
                    .contains(
                        "unknown question 'rest-days-a-week'", "did you mean rest-days-per-week?"));
  }

  @Test
  void aConsistencyRuleOnAQuestionThatIsNotANumberIsAnError() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    edit(
        kbase.resolve("questions.yaml"),
        "  - product: [runs-per-week, rest-hours-between-runs]",
        "  - product: [runs-per-week, diet]");

    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p -> assertThat(p).contains("questions.yaml:", "question 'diet' is a choice question"));
  }

  @Test
  void synonymsForAChoiceThatDoesNotExistAreAnErrorAtTheirKey() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path questions = kbase.resolve("questions.yaml");
    edit(
        questions,
        "      vegan: [plant based, plant-based]",
        "      vegen: [plant based, plant-based]");

    int line = lineOf(questions, "      vegen: [plant based, plant-based]");
    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("kbase/questions.yaml:" + line + ":7: error:")
                    .contains(
                        "question 'diet': synonyms for 'vegen', which is not one of its choices",
                        "(did you mean vegan?)"));
  }

  @Test
  void aSynonymThatIsAnotherChoicesDescriptionIsAnError() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path questions = kbase.resolve("questions.yaml");
    edit(
        questions,
        "      vegan: [plant based, plant-based]",
        "      vegan: [plant based, plant-based, you eat meat or fish]");

    int line = lineOf(questions, "      vegan: [plant based, plant-based, you eat meat or fish]");
    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("kbase/questions.yaml:" + line + ":")
                    .contains(
                        "question 'diet': the synonym \"you eat meat or fish\" of 'vegan' already"
                            + " names 'omnivore'"));
  }

  @Test
  void anUnknownAnswerThatIsAlsoAChoiceIsAnErrorAtItsPlaceInTheList() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path questions = kbase.resolve("questions.yaml");
    edit(questions, "not known, dunno,", "not known, veggie, dunno,");

    int line =
        lineOf(
            questions,
            "  can't say, cannot say, not known, veggie, dunno, can't remember,"
                + " cannot remember, don't remember,");
    int column = "  can't say, cannot say, not known, ".length() + 1;
    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("kbase/questions.yaml:" + line + ":" + column + ": error:")
                    .contains(
                        "unknown-answers: \"veggie\" is also a name of choice 'vegetarian' of"
                            + " question 'diet'",
                        "recorded as not knowing"));
  }

  @Test
  void anUnknownAnswerThatIsYesOrNoOrANumberIsAnError() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    edit(kbase.resolve("questions.yaml"), "not known, dunno,", "not known, no, 3, dunno,");

    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("questions.yaml:27:")
                    .contains("\"no\" is also an answer to yes-or-no questions"))
        .anySatisfy(p -> assertThat(p).contains("\"3\" is also a number"));
  }

  private static int lineOf(Path file, String text) throws IOException {
    return Files.readAllLines(file).indexOf(text) + 1;
  }

  private static List<String> problemsLoading(Path kbase) {
    Throwable thrown = Assertions.catchThrowable(() -> KnowledgeBaseLoader.load(kbase));
    assertThat(thrown).as("a broken kbase must not load").isInstanceOf(KbaseException.class);
    return ((KbaseException) thrown).problems().stream().map(KbaseProblem::toString).toList();
  }
}
