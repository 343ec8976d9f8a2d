package dev.heavylegs.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.explain.Derivation;
import dev.heavylegs.explain.Premise;
import dev.heavylegs.facts.Answer;
import dev.heavylegs.facts.Cause;
import dev.heavylegs.facts.Condition;
import dev.heavylegs.facts.Recommendation;
import dev.heavylegs.questions.GivenAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine keeps conclusions true to the current answers, and records why each holds. */
class ConsultationSessionTest {

  @Test
  void changingAnAnswerWithdrawsEverythingThatRestedOnIt() {
    try (ConsultationSession session = new ConsultationSession(ShippedKbase.get())) {
      session.answerAll(TestAnswers.of("{\"temperature-c\": 31, \"symptoms\": [\"thirst\"]}"));
      assertThat(session.infer().all())
          .containsKeys(
              new Cause("hot-weather"),
              new Recommendation("drink-plenty"),
              new Condition("dehydration"));

      session.answer("temperature-c", new GivenAnswer.Number(12));
      Inference after = session.infer();

      assertThat(after.all()).doesNotContainKey(new Cause("hot-weather"));
      assertThat(after.all())
          .containsKeys(new Condition("dehydration"), new Recommendation("drink-plenty"));
      assertThat(after.derivationsOf(new Recommendation("drink-plenty")))
          .extracting(d -> d.rule().id())
          .containsExactly("REC-DRINK-PLENTY-02");
    }
  }

  @Test
  void forgettingAnAnswerMakesItUnknown() {
    try (ConsultationSession session = new ConsultationSession(ShippedKbase.get())) {
      session.answerAll(TestAnswers.of("{\"shoe-distance-km\": 900}"));
      assertThat(session.infer().all()).containsKey(new Cause("wrong-shoes"));

      session.forget("shoe-distance-km");

      assertThat(session.infer().all()).isEmpty();
    }
  }

  @Test
  void eachConclusionHasOneDerivationPerSupportingMatchWithTheFactsItMatched() {
    Inference inference =
        Consultation.run(
            ShippedKbase.get(),
            TestAnswers.of(
                "{\"symptoms\": [\"thirst\", \"dark-urine\"], \"daily-fluid-litres\": 1}"));

    List<Derivation> dehydration = inference.derivationsOf(new Condition("dehydration"));

    assertThat(dehydration)
        .extracting(d -> d.rule().id())
        .containsExactlyInAnyOrder(
            "COND-DEHYDRATION-01", "COND-DEHYDRATION-02", "COND-DEHYDRATION-05");
    assertThat(dehydration)
        .flatExtracting(Derivation::premises)
        .containsExactlyInAnyOrder(
            new Premise.Answered(Answer.of("symptoms", "dark-urine")),
            new Premise.Answered(Answer.of("symptoms", "thirst")),
            new Premise.Answered(Answer.ofNumber("daily-fluid-litres", 1)));
  }

  @Test
  void nothingIsConcludedFromUnknownAnswers() {
    Inference inference =
        Consultation.run(
            ShippedKbase.get(),
            TestAnswers.of(
                "{\"temperature-c\": null, \"months-running\": \"unknown\", \"symptoms\": null}"));

    assertThat(inference.all()).isEmpty();
  }
}
