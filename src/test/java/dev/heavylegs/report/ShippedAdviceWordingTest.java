package dev.heavylegs.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.report.write.TextReportOptions;
import dev.heavylegs.report.write.TextReportWriter;
import org.junit.jupiter.api.Test;

/**
 * What the shipped knowledge base tells a runner, read in the text report as the runner reads it:
 * the three wording defects of issue 16 (advice that ignored the diet, a blood test for a runner
 * who has had one, overtraining from one headache). The scenarios pin the conclusions; these pin
 * the words.
 */
class ShippedAdviceWordingTest {

  private static String reportFor(String json) {
    Answers answers = TestAnswers.of(json);
    Report report =
        new ReportBuilder(ShippedKbase.get())
            .build(Consultation.run(ShippedKbase.get(), answers), answers);
    // the whole report, conditions and explanations included, unwrapped: the words checked may
    // stand anywhere in it
    return new TextReportWriter(new TextReportOptions(Integer.MAX_VALUE / 2, false, true))
        .write(report);
  }

  @Test
  void vegetariansAndVegansLowInIronAreNotToldToEatRedMeat() {
    for (String diet : new String[] {"vegetarian", "vegan"}) {
      String report =
          reportFor(
              "{\"diet\": \""
                  + diet
                  + "\", \"iron-rich-meals-per-week\": 3, \"symptoms\": [\"restless-legs\"]}");

      assertThat(report).as(diet).contains("vitamin C").doesNotContain("red meat");
    }
  }

  @Test
  void anOmnivoreLowInIronMayBeToldOfRedMeat() {
    String report =
        reportFor(
            "{\"diet\": \"omnivore\", \"iron-rich-meals-per-week\": 2,"
                + " \"symptoms\": [\"restless-legs\"]}");

    assertThat(report).contains("red meat");
  }

  @Test
  void aRunnerWhoseBloodTestShowedLowIronIsSentBackToTheDoctorNotToATest() {
    String report =
        reportFor("{\"iron-test\": \"low-ferritin\", \"symptoms\": [\"chronic-fatigue\"]}");

    assertThat(report)
        .contains("Follow up your low iron with your doctor")
        .doesNotContainIgnoringCase("blood screening");
  }

  @Test
  void headachesAloneOnALightLoadAreNotCalledOvertraining() {
    String report =
        reportFor(
            "{\"months-running\": 36, \"usual-effort\": \"easy\", \"runs-per-week\": 3,"
                + " \"rest-days-per-week\": 4, \"rest-hours-between-runs\": 48,"
                + " \"weekly-distance-increase-pct\": 0, \"symptoms\": [\"headaches\"]}");

    assertThat(report).doesNotContainIgnoringCase("overtrain");
  }

  @Test
  void headachesWithHardRunsAreStillSignsOfOvertraining() {
    String report =
        reportFor(
            "{\"months-running\": 36, \"usual-effort\": \"hard\", \"rest-hours-between-runs\": 48,"
                + " \"weekly-distance-increase-pct\": 0, \"symptoms\": [\"headaches\"]}");

    assertThat(report).contains("Signs of overtraining");
  }
}
