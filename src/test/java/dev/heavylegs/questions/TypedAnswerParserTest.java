package dev.heavylegs.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.questions.file.AnswersReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a runner types at a prompt, with units, choices by number or prefix, and lists. */
class TypedAnswerParserTest {

  private static Question question(String id) {
    return ShippedKbase.get().questions().find(id).orElseThrow();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "shoe-distance-km        | 500 mi    | 804.672",
        "shoe-distance-km        | 720 km    | 720",
        "shoe-distance-km        | 720       | 720",
        "toe-room-cm             | 0.5 in    | 1.27",
        "toe-room-cm             | 1.3 cm    | 1.3",
        "toe-room-cm             | 13mm      | 1.3",
        "temperature-c           | 86F       | 30",
        "temperature-c           | 30C       | 30",
        "temperature-c           | 86 °F     | 30",
        "daily-fluid-litres      | 1500 ml   | 1.5",
        "run-duration-min        | 1.5 h     | 90",
        "months-running          | 2 years   | 24",
        "heavy-legs-weeks        | 3 months  | 13.044643",
        "rest-hours-between-runs | 2 days    | 48",
        "daily-fluid-litres      | 1,5       | 1.5",
        "toe-room-cm             | 1.299 cm  | 1.299",
      })
  void numbersWithUnitsAreConvertedToTheQuestionsUnit(String id, String typed, double expected)
      throws InvalidAnswerException {
    assertThat(TypedAnswerParser.parse(question(id), typed))
        .isEqualTo(new GivenAnswer.Number(expected));
  }

  @Test
  void aUnitOfAnotherQuantityIsRefusedWithTheUnitsThatFit() {
    assertThatThrownBy(() -> TypedAnswerParser.parse(question("shoe-distance-km"), "3 kg"))
        .hasMessage("\"3 kg\": unknown unit \"kg\" here; answer in km or mi");
    assertThatThrownBy(() -> TypedAnswerParser.parse(question("temperature-c"), "300 K"))
        .hasMessageContaining("unknown unit \"K\"");
  }

  @Test
  void aCommaBeforeThreeDigitsIsRefusedAsAmbiguous() throws InvalidAnswerException {
    // 1,200 km read as 1.2 km would hide worn-out shoes; read as 1200 it would misread "30,500".
    assertThatThrownBy(() -> TypedAnswerParser.parse(question("shoe-distance-km"), "1,200"))
        .hasMessage("\"1,200\" is ambiguous: write 1200, or 1.200 (a point for decimals)");
    assertThatThrownBy(() -> TypedAnswerParser.parse(question("months-running"), "1,000 months"))
        .hasMessageStartingWith("\"1,000 months\" is ambiguous: write 1000");
    assertThat(TypedAnswerParser.parse(question("temperature-c"), "30,5"))
        .isEqualTo(new GivenAnswer.Number(30.5));
    assertThat(TypedAnswerParser.parse(question("daily-fluid-litres"), "0,500"))
        .isEqualTo(new GivenAnswer.Number(0.5));
  }

  @Test
  void aConvertedValueIsStillCheckedAgainstTheRange() {
    assertThatThrownBy(() -> TypedAnswerParser.parse(question("temperature-c"), "140F"))
        .hasMessage("\"140F\" is outside -30..50 °C");
  }

  @Test
  void choicesByNameNumberOrUnambiguousBeginning() throws InvalidAnswerException {
    assertThat(TypedAnswerParser.parse(question("usual-effort"), "2"))
        .isEqualTo(new GivenAnswer.Choice("moderate"));
    assertThat(TypedAnswerParser.parse(question("usual-effort"), "Hard"))
        .isEqualTo(new GivenAnswer.Choice("hard"));
    assertThat(TypedAnswerParser.parse(question("diet"), "vega"))
        .isEqualTo(new GivenAnswer.Choice("vegan"));
    assertThatThrownBy(() -> TypedAnswerParser.parse(question("diet"), "veg"))
        .hasMessageContaining("(it could be vegetarian or vegan)");
    assertThatThrownBy(() -> TypedAnswerParser.parse(question("usual-effort"), "4"))
        .hasMessage("\"4\" is not one of: easy, moderate, hard");
  }

  @Test
  void aChoiceWrittenAsWordsIsThatChoiceAndNoneDoesNotMixWithChoices()
      throws InvalidAnswerException {
    for (String typed :
        List.of("chest pain", "CHEST PAIN", "chestpain", "chest_pain", "chest-pain.")) {
      assertThat(TypedAnswerParser.parse(question("symptoms"), typed))
          .as(typed)
          .isEqualTo(new GivenAnswer.Choices(List.of("chest-pain")));
    }
    assertThat(TypedAnswerParser.parse(question("symptoms"), "chest pain, dark urine"))
        .isEqualTo(new GivenAnswer.Choices(List.of("chest-pain", "dark-urine")));
    assertThatThrownBy(() -> TypedAnswerParser.parse(question("symptoms"), "none, chest-pain"))
        .hasMessageStartingWith("\"none, chest-pain\" has none together with a choice");
  }

  @Test
  void aLongWrongAnswerIsQuotedShort() {
    assertThatThrownBy(() -> TypedAnswerParser.parse(question("temperature-c"), "x".repeat(10_000)))
        .hasMessage("\"" + "x".repeat(57) + "...\" is not a number");
  }

  @Test
  void multiChoiceTakesListsNumbersAndNone() throws InvalidAnswerException {
    assertThat(TypedAnswerParser.parse(question("symptoms"), "thirst, 23 dark-urine"))
        .isEqualTo(new GivenAnswer.Choices(List.of("thirst", "muscle-cramps", "dark-urine")));
    assertThat(TypedAnswerParser.parse(question("symptoms"), ",thirst,"))
        .isEqualTo(new GivenAnswer.Choices(List.of("thirst")));
    assertThat(TypedAnswerParser.parse(question("symptoms"), "none"))
        .isEqualTo(new GivenAnswer.Choices(List.of()));
  }

  @Test
  void yesAndNoInAnyCase() throws InvalidAnswerException {
    assertThat(TypedAnswerParser.parse(question("shoes-feel-tight"), "Y"))
        .isEqualTo(new GivenAnswer.Flag(true));
    assertThat(TypedAnswerParser.parse(question("shoes-feel-tight"), "no"))
        .isEqualTo(new GivenAnswer.Flag(false));
  }

  @Test
  void answersFilesAcceptNumbersWithUnitsToo() throws InvalidAnswerException {
    Answers answers =
        new AnswersReader(ShippedKbase.get().questions())
            .parse(
                "a.json", "{\"shoe-distance-km\": \"500 mi\", \"temperature-c\": \"86F\"}", false);
    assertThat(answers.get("shoe-distance-km")).contains(new GivenAnswer.Number(804.672));
    assertThat(answers.get("temperature-c")).contains(new GivenAnswer.Number(30));
  }
}
