package dev.heavylegs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.questions.Answers;
import org.junit.jupiter.api.Test;

/** A batch's report ({@link ReportBuilder#forRecords}) concludes what a consultation's does. */
class RecordReportTest {

  private static final String PROFILE =
      """
      {"months-running": 6, "usual-effort": "easy", "shoe-distance-km": 900,
       "shoes-feel-tight": true, "temperature-c": 27, "runs-per-week": 6,
       "symptoms": ["chronic-fatigue", "decreased-performance", "mood-swings", "swollen-legs-or-veins"]}""";

  @Test
  void namesTheSameConclusionsInTheSameOrderWithoutTheSentences() {
    Answers answers = TestAnswers.of(PROFILE);
    Inference inference = Consultation.run(ShippedKbase.get(), answers);
    Report full = new ReportBuilder(ShippedKbase.get()).build(inference, answers);
    Report record = ReportBuilder.forRecords(ShippedKbase.get()).build(inference, answers);

    assertThat(record.causes())
        .extracting(Report.CauseItem::id, Report.CauseItem::strength)
        .containsExactlyElementsOf(
            full.causes().stream().map(c -> tuple(c.id(), c.strength())).toList());
    assertThat(record.causes()).isNotEmpty().allSatisfy(c -> assertThat(c.because()).isEmpty());
    assertThat(record.conditions())
        .extracting(Report.ConditionItem::id)
        .containsExactlyElementsOf(full.conditions().stream().map(c -> c.id()).toList());
    assertThat(record.recommendations())
        .extracting(Report.RecommendationItem::id)
        .containsExactlyElementsOf(full.recommendations().stream().map(r -> r.id()).toList());
    assertThat(record.redFlags())
        .extracting(Report.ReferralItem::id, Report.ReferralItem::urgency)
        .containsExactlyElementsOf(
            full.redFlags().stream().map(r -> tuple(r.id(), r.urgency())).toList());
    assertThat(record.referrals())
        .extracting(Report.ReferralItem::id, Report.ReferralItem::urgency)
        .containsExactlyElementsOf(
            full.referrals().stream().map(r -> tuple(r.id(), r.urgency())).toList());
    assertThat(record.summary().lines()).isEmpty();
  }
}
