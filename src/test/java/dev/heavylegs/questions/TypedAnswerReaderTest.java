package dev.heavylegs.questions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Free text read against the shipped catalogue's choices, synonyms and unknown words. */
class TypedAnswerReaderTest {

  private final QuestionCatalogue catalogue = ShippedKbase.get().questions();
  private final TypedAnswerReader reader = new TypedAnswerReader(catalogue);
  private final Question symptoms = catalogue.find("symptoms").orElseThrow();
  private final Set<String> referralChoices =
      Set.of(
          "chest-pain", "one-sided-calf-swelling", "swollen-legs-or-veins", "cola-coloured-urine");

  private TypedAnswerReader.Reading read(String id, String typed) {
    return reader.read(catalogue.find(id).orElseThrow(), typed, referralChoices);
  }

  @Test
  void wordsThatCouldNameSeveralChoicesAreAskedBack() {
    assertThat(read("symptoms", "swollen"))
        .isInstanceOfSatisfying(
            TypedAnswerReader.AskBack.class,
            ask ->
                assertThat(ask.candidates())
                    .containsExactly("one-sided-calf-swelling", "swollen-legs-or-veins"));
    assertThat(read("symptoms", "dark"))
        .isInstanceOfSatisfying(
            TypedAnswerReader.AskBack.class,
            ask ->
                assertThat(ask.candidates()).containsExactly("cola-coloured-urine", "dark-urine"));
    assertThat(read("diet", "veg")).isInstanceOf(TypedAnswerReader.AskBack.class);
  }

  @Test
  void anAskedBackPartIsReplacedByWhatWasPicked() {
    var ask = (TypedAnswerReader.AskBack) read("symptoms", "thirst, swollen and cramps");
    String resolved = ask.resolved(List.of("one-sided-calf-swelling"));

    assertThat(read("symptoms", resolved))
        .isEqualTo(
            new TypedAnswerReader.Given(
                new GivenAnswer.Choices(
                    List.of("thirst", "one-sided-calf-swelling", "muscle-cramps"))));
  }

  @Test
  void aPartialMatchSettlesAHarmlessChoiceButNotOneThatCanRaiseAReferral() {
    assertThat(read("symptoms", "tired"))
        .isEqualTo(
            new TypedAnswerReader.Given(new GivenAnswer.Choices(List.of("chronic-fatigue"))));
    assertThat(read("symptoms", "chest"))
        .isEqualTo(
            new TypedAnswerReader.AskBack("chest", List.of("chest-pain"), List.of("chest"), 0));
  }

  @Test
  void idsDescriptionsSynonymsAndNumbersAllName() {
    assertThat(read("symptoms", "Chest pain, swollen calf; 21 and dizzy"))
        .isEqualTo(
            new TypedAnswerReader.Given(
                new GivenAnswer.Choices(
                    List.of("chest-pain", "one-sided-calf-swelling", "dark-urine", "dizziness"))));
    assertThat(read("symptoms", "swelling, warmth or pain in one calf only"))
        .isEqualTo(
            new TypedAnswerReader.Given(
                new GivenAnswer.Choices(List.of("one-sided-calf-swelling"))));
    assertThat(read("symptoms", "thirst dark-urine"))
        .isEqualTo(
            new TypedAnswerReader.Given(new GivenAnswer.Choices(List.of("thirst", "dark-urine"))));
    assertThat(read("usual-effort", "flat out"))
        .isEqualTo(new TypedAnswerReader.Given(new GivenAnswer.Choice("hard")));
    assertThat(read("symptoms", "none"))
        .isEqualTo(new TypedAnswerReader.Given(new GivenAnswer.Choices(List.of())));
  }

  @Test
  void aNearMissIsOfferedAndNothingIsRefusedWithTheChoices() {
    assertThat(read("symptoms", "thrist"))
        .isInstanceOfSatisfying(
            TypedAnswerReader.NearMiss.class,
            near -> assertThat(near.choice()).isEqualTo("thirst"));
    assertThat(read("usual-effort", "brutal"))
        .isEqualTo(new TypedAnswerReader.Refused("\"brutal\" is not one of: easy, moderate, hard"));
  }

  @Test
  void theCataloguesUnknownWordsMeanUnknownAndEnterIsBlank() {
    for (String typed :
        List.of("don't know", "Dont know", "not sure", "NOT SURE!", "unknown", "??", "no idea")) {
      assertThat(read("months-running", typed))
          .as(typed)
          .isInstanceOf(TypedAnswerReader.Unknown.class);
    }
    assertThat(read("months-running", "  ")).isInstanceOf(TypedAnswerReader.Blank.class);
    assertThat(reader.meansUnknown("?")).as("? alone asks for help").isFalse();
  }

  @Test
  void numbersAndYesOrNoAreReadAsBefore() {
    assertThat(read("months-running", "2 years"))
        .isEqualTo(new TypedAnswerReader.Given(new GivenAnswer.Number(24)));
    assertThat(read("runs-per-week", "20")).isInstanceOf(TypedAnswerReader.Refused.class);
    assertThat(symptoms.synonymsOf("thirst")).contains("thirsty");
  }
}
