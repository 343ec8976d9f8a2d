package dev.heavylegs.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.interview.outcome.OutcomeChanges;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "What would change the outcome": the smallest answer changes, found by running the engine. */
class OutcomeChangesTest {

  private final OutcomeChanges changes = new OutcomeChanges(ShippedKbase.get());

  static final String HOT_RUNNER =
      """
      {"symptoms": ["thirst"], "months-running": 30, "temperature-c": 31, "shoe-distance-km": 300,
       "toe-room-cm": 1.5, "shoes-feel-tight": false, "heavy-legs-weeks": 3}""";

  @Test
  void oneChangedAnswerThatRemovesTheTopCauseIsFoundAndReallyRemovesIt() {
    Answers answers = TestAnswers.of(HOT_RUNNER);
    OutcomeChanges.Finding finding =
        changes.find(answers, new ConclusionRef(Kind.CAUSE, "hot-weather"));

    assertThat(finding.present()).isTrue();
    assertThat(finding.ways()).isNotEmpty().allMatch(way -> way.size() == 1);
    List<OutcomeChanges.AnswerChange> first = finding.ways().get(0);
    assertThat(first.get(0).shown()).isEqualTo("temperature-c 24 °C");
    assertThat(
            Consultation.run(ShippedKbase.get(), applied(answers, first))
                .contains(new ConclusionRef(Kind.CAUSE, "hot-weather")))
        .isFalse();
  }

  @Test
  void whenNoSingleChangeIsEnoughTheSmallestPairIsFound() {
    Answers answers =
        TestAnswers.of(
            """
        {"symptoms": [], "shoe-distance-km": 900, "toe-room-cm": 0.5, "shoes-feel-tight": false}""");
    OutcomeChanges.Finding finding =
        changes.find(answers, new ConclusionRef(Kind.CAUSE, "wrong-shoes"));

    assertThat(finding.ways()).isNotEmpty().allMatch(way -> way.size() == 2);
    assertThat(finding.ways().get(0))
        .extracting(OutcomeChanges.AnswerChange::shown)
        .containsExactlyInAnyOrder("shoe-distance-km 630 km", "toe-room-cm 1.27 cm");
    assertThat(
            Consultation.run(ShippedKbase.get(), applied(answers, finding.ways().get(0)))
                .contains(new ConclusionRef(Kind.CAUSE, "wrong-shoes")))
        .isFalse();
  }

  @Test
  void aReferralNotReachedShowsWhatWouldBringIt() {
    Answers answers = TestAnswers.of(HOT_RUNNER);
    OutcomeChanges.Finding finding =
        changes.find(answers, new ConclusionRef(Kind.REFERRAL, "persistent-heaviness"));

    assertThat(finding.present()).isFalse();
    assertThat(finding.ways())
        .extracting(way -> way.get(0).shown())
        .contains("heavy-legs-weeks 12 weeks");
  }

  @Test
  void theSectionAfterTheReportNamesTheTopCauseAndTheReferralsButNoRedFlag() {
    Answers answers =
        TestAnswers.of(
            """
        {"symptoms": ["thirst", "one-sided-calf-swelling"], "temperature-c": 31, "heavy-legs-weeks": 3}""");
    var report =
        new dev.heavylegs.report.ReportBuilder(ShippedKbase.get())
            .build(Consultation.run(ShippedKbase.get(), answers), answers);
    String text = new OutcomeChangesText(ShippedKbase.get()).write(report, answers);

    assertThat(text)
        .contains(
            "WHAT WOULD CHANGE THE OUTCOME",
            "With temperature-c 24 °C, Hot weather (cause) would no longer be concluded.",
            "With heavy-legs-weeks 12 weeks, See your doctor about lasting heaviness (referral) would be concluded.");
    assertThat(text).doesNotContain("blood clot");
  }

  private static Answers applied(Answers answers, List<OutcomeChanges.AnswerChange> way) {
    Map<String, GivenAnswer> given = new LinkedHashMap<>(answers.given());
    way.forEach(c -> given.put(c.question().id(), c.answer()));
    return new Answers(given, answers.unknown());
  }
}
