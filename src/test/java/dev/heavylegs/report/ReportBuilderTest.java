package dev.heavylegs.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.explain.Reason;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.report.write.TextReportWriter;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

  private static Report reportFor(String json) {
    Answers answers = TestAnswers.of(json);
    return new ReportBuilder(ShippedKbase.get())
        .build(Consultation.run(ShippedKbase.get(), answers), answers);
  }

  @Test
  void causesAreRankedByTheSummedWeightOfTheirSupportingRules() {
    Report report =
        reportFor(
            """
        {"months-running": 6, "usual-effort": "easy",
         "shoe-distance-km": 900, "shoes-feel-tight": true,
         "temperature-c": 27}""");

    assertThat(report.causes())
        .extracting(Report.CauseItem::id)
        .containsExactly("wrong-shoes", "beginner", "hot-weather");
    assertThat(report.causes()).extracting(Report.CauseItem::strength).containsExactly(6, 1, 1);
  }

  @Test
  void moreEvidenceMakesACauseStronger() {
    int weak = reportFor("{\"temperature-c\": 30}").causes().get(0).strength();
    int strong =
        reportFor("{\"temperature-c\": 30, \"symptoms\": [\"thirst\", \"muscle-cramps\"]}")
            .causes()
            .get(0)
            .strength();

    assertThat(strong).isGreaterThan(weak);
  }

  @Test
  void explanationsGoDownToTheRunnersAnswersThroughRulesAndConditions() {
    Report report =
        reportFor(
            "{\"temperature-c\": 31, \"run-duration-min\": 90, \"fluids-during-runs\": false}");

    Report.CauseItem hot = report.causes().get(0);
    assertThat(hot.id()).isEqualTo("hot-weather");
    Reason dehydratedInHeat =
        hot.explanation().stream()
            .filter(r -> r.rule().id().equals("CAUSE-HOT-WEATHER-01"))
            .findFirst()
            .orElseThrow();
    assertThat(dehydratedInHeat.rule().file()).isEqualTo("kbase/causes/hot-weather.drl");
    assertThat(dehydratedInHeat.rule().source()).startsWith("source-article: Hot Weather");
    assertThat(answersUnder(hot.explanation()))
        .containsExactlyInAnyOrder(
            "temperature-c=31", "run-duration-min=90", "fluids-during-runs=no");
  }

  @Test
  void redFlagsComeFirstAndAreNotHiddenByOtherFindings() {
    Report report =
        reportFor(
            """
        {"symptoms": ["localized-bone-pain", "chest-pain"], "shoe-distance-km": 1000,
         "heavy-legs-weeks": 20}""");

    assertThat(report.redFlags())
        .extracting(Report.ReferralItem::id, Report.ReferralItem::urgency)
        .containsExactly(
            Tuple.tuple("chest-symptoms", "emergency"),
            Tuple.tuple("possible-stress-fracture", "urgent"));
    assertThat(report.referrals())
        .extracting(Report.ReferralItem::id)
        .containsExactly("persistent-heaviness");
    assertThat(report.causes()).extracting(Report.CauseItem::id).containsExactly("wrong-shoes");
  }

  @Test
  void withARedFlagTheAdviceWaitsForADoctorAndWithoutOneItDoesNot() {
    String shoes = "\"shoe-distance-km\": 1000";
    Report flagged = reportFor("{\"symptoms\": [\"localized-bone-pain\"], " + shoes + "}");
    Report plain = reportFor("{\"symptoms\": [], " + shoes + "}");

    assertThat(flagged.recommendations()).isNotEmpty();
    assertThat(flagged.texts().adviceAfterRedFlag()).contains("only once a doctor has cleared you");
    assertThat(new TextReportWriter().write(flagged))
        .contains("WHAT TO DO\n  Follow this only once a doctor has cleared you to run.");
    assertThat(plain.recommendations()).isNotEmpty();
    assertThat(plain.texts().adviceAfterRedFlag()).isEmpty();
    assertThat(new TextReportWriter().write(plain)).doesNotContain("only once a doctor");
  }

  @Test
  void withNoCauseTheHeadlineSaysWhetherConditionsWithAdviceWereFound() {
    String cold = "\"temperature-c\": 8, \"run-duration-min\": 40";
    Report dehydrated = reportFor("{\"symptoms\": [\"dark-urine\", \"thirst\"], " + cold + "}");
    Report nothing = reportFor("{\"symptoms\": [], " + cold + "}");
    Report flagged = reportFor("{\"symptoms\": [\"dark-urine\", \"chest-pain\"], " + cold + "}");

    assertThat(dehydrated.causes()).isEmpty();
    assertThat(dehydrated.conditions())
        .extracting(Report.ConditionItem::id)
        .containsExactly("dehydration");
    assertThat(dehydrated.texts().noCause())
        .contains("your answers show the conditions below")
        .doesNotContain("None of the usual causes of heavy legs fits your answers.");
    assertThat(nothing.conditions()).isEmpty();
    assertThat(nothing.texts().noCause())
        .startsWith("None of the usual causes of heavy legs fits your answers.");
    // two signs of overtraining: one alone, on a training load that cannot overtrain, is no
    // condition
    Report conditionWithoutAdvice =
        reportFor("{\"symptoms\": [\"decreased-performance\", \"motivation-loss\"], " + cold + "}");
    assertThat(conditionWithoutAdvice.causes()).isEmpty();
    assertThat(conditionWithoutAdvice.conditions()).isNotEmpty();
    assertThat(conditionWithoutAdvice.recommendations()).isEmpty();
    assertThat(conditionWithoutAdvice.texts().noCause())
        .as("promises no advice that is not there")
        .startsWith("None of the usual causes of heavy legs fits your answers.");
    assertThat(flagged.texts().noCause()).contains("Follow the red-flag advice above first");
  }

  @Test
  void aReferralReachedAtTwoUrgenciesShowsOnceAtTheHigher() {
    Report report = reportFor("{\"symptoms\": [\"cola-coloured-urine\", \"severe-muscle-pain\"]}");

    assertThat(report.redFlags())
        .singleElement()
        .satisfies(r -> assertThat(r.urgency()).isEqualTo("emergency"));
  }

  @Test
  void recommendationsAppearOnceUnderTheStrongestCauseTheyAnswer() {
    Report report =
        reportFor(
            """
        {"months-running": 4, "usual-effort": "hard", "rest-hours-between-runs": 12,
         "rest-days-per-week": 0, "symptoms": ["mood-swings"]}""");

    assertThat(report.recommendations())
        .extracting(Report.RecommendationItem::id)
        .doesNotHaveDuplicates();
    String topCause = report.causes().get(0).id();
    Report.RecommendationGroup first = report.recommendationGroups().get(0);
    assertThat(first.id()).isEqualTo(topCause);
    assertThat(report.recommendations())
        .filteredOn(r -> r.id().equals("rest-between-runs"))
        .singleElement()
        .satisfies(r -> assertThat(r.basedOn()).contains("beginner", "overtraining"));
  }

  @Test
  void noCauseIsSaidPlainlyWithTheOpenQuestionsThatCouldChangeIt() {
    Report report = reportFor("{\"months-running\": 40, \"temperature-c\": 15}");

    assertThat(report.noCauseFound()).isTrue();
    assertThat(report.texts().noCause()).isNotBlank();
    assertThat(report.openQuestions())
        .extracting(Report.OpenQuestion::id)
        .contains("symptoms", "shoe-distance-km")
        .doesNotContain("months-running", "temperature-c");
    assertThat(report.openQuestions().get(0).id()).isEqualTo("symptoms");
    assertThat(report.openQuestions().get(0).redFlagScreening()).isTrue();
  }

  @Test
  void aQuestionWhoseConclusionsAreAllReachedIsNotListedAsOpen() {
    Report report = reportFor("{\"symptoms\": [\"thirst\"]}");

    assertThat(report.openQuestions())
        .extracting(Report.OpenQuestion::id)
        .doesNotContain("daily-fluid-litres");
  }

  private static List<String> answersUnder(List<Reason> reasons) {
    List<String> out = new ArrayList<>();
    for (Reason reason : reasons) {
      for (Reason.Support support : reason.because()) {
        if (support instanceof Reason.AnswerSupport a) {
          out.add(a.question() + "=" + a.value());
        } else if (support instanceof Reason.ConclusionSupport c) {
          out.addAll(answersUnder(c.reasons()));
        }
      }
    }
    return out.stream().distinct().toList();
  }
}
