package dev.heavylegs.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.questions.file.AnswersReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synonyms, near misses and consistency rules in answers files. */
class AnswersFileWordsTest {

  private final AnswersReader reader = new AnswersReader(ShippedKbase.get().questions());

  @Test
  void aSynonymNamesItsChoiceInAFileButTheBeginningOfAWordDoesNot() throws Exception {
    Answers answers =
        reader.parse("a.json", "{\"symptoms\": [\"swollen calf\", \"thirst\"]}", false);

    assertThat(answers.get("symptoms"))
        .contains(new GivenAnswer.Choices(List.of("one-sided-calf-swelling", "thirst")));
    assertThatThrownBy(() -> reader.parse("a.json", "{\"symptoms\": [\"swollen\"]}", false))
        .hasMessageStartingWith("a.json: symptoms: \"swollen\" is not one of: ");
  }

  @Test
  void aNearMissInAFileGetsDidYouMean() {
    assertThatThrownBy(() -> reader.parse("a.json", "{\"symptoms\": [\"thrist\"]}", false))
        .hasMessageEndingWith("(did you mean thirst?)");
  }

  @Test
  void answersThatBreakAConsistencyRuleAreOneLineNamingBoth() {
    assertThatThrownBy(
            () -> reader.parse("a.yaml", "runs-per-week: 6\nrest-days-per-week: 7\n", true))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageStartingWith(
            "a.yaml: runs-per-week = 6 runs a week and rest-days-per-week = 7 days a week"
                + " do not fit together: a week has 7 days")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(
            () -> reader.parse("b.yaml", "runs-per-week: 7\nrest-hours-between-runs: 72\n", true))
        .hasMessageStartingWith(
            "b.yaml: runs-per-week = 7 runs a week and rest-hours-between-runs = 72 hours");
  }
}
