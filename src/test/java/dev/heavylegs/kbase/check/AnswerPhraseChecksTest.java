package dev.heavylegs.kbase.check;

import static dev.heavylegs.ShippedKbase.edit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer phrases of report.yaml name questions and answers that exist. */
class AnswerPhraseChecksTest {

  @TempDir Path tmp;

  @Test
  void aPhraseForAQuestionThatDoesNotExistIsAnErrorAtItsKey() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path report = kbase.resolve("report.yaml");
    edit(report, "  shoe-distance-km: your shoes", "  shoe-distance: your shoes");

    int line = lineOf(report, "  shoe-distance: your shoes have done {value}");
    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("kbase/report.yaml:" + line + ":3: error:")
                    .contains(
                        "answer-phrases: 'shoe-distance' is not a question in questions.yaml",
                        "never shown",
                        "(did you mean shoe-distance-km?)"));
  }

  @Test
  void aPhraseForAChoiceThatDoesNotExistIsAnErrorAtItsKey() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path report = kbase.resolve("report.yaml");
    edit(report, "    vegan: you eat no animal products", "    vegen: you eat no animal products");

    int line = lineOf(report, "    vegen: you eat no animal products");
    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("kbase/report.yaml:" + line + ":5: error:")
                    .contains(
                        "answer-phrases: question 'diet' has no answer 'vegen'",
                        "one of omnivore, vegetarian, vegan",
                        "(did you mean vegan?)"));
  }

  @Test
  void aPhraseForAYesOrNoQuestionTakesOnlyYesNoOrAny() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path report = kbase.resolve("report.yaml");
    edit(
        report,
        "    \"yes\": your shoes feel tight",
        "    \"yes\": your shoes feel tight\n    sometimes: your shoes feel tight at times");

    assertThat(problemsLoading(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "report.yaml:"
                            + lineOf(report, "    sometimes: your shoes feel" + " tight at times")
                            + ":5: error:")
                    .contains(
                        "question 'shoes-feel-tight' has no answer 'sometimes'", "yes or no"));
  }

  @Test
  void theShippedPhrasesPass() {
    assertThat(ShippedKbase.get().reportWording().answerPhrases()).containsKey("diet");
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
