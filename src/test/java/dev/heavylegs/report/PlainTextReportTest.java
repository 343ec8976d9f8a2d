package dev.heavylegs.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import dev.heavylegs.report.write.ReportWriter;
import dev.heavylegs.report.write.TextReportOptions;
import dev.heavylegs.report.write.TextReportWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The text report as a runner reads it: short, plain, red flags first and last, within width. */
class PlainTextReportTest {

  private static final String CALF_SWELLING =
      """
      {"months-running": 2, "usual-effort": "hard", "runs-per-week": 5,
       "rest-hours-between-runs": 22, "symptoms": ["one-sided-calf-swelling"],
       "shoe-distance-km": 100, "toe-room-cm": 0.8}""";

  private static final String HOT_RUNNER =
      """
      {"months-running": 30, "usual-effort": "moderate", "runs-per-week": 4,
       "rest-days-per-week": 3, "rest-hours-between-runs": 36,
       "symptoms": ["thirst", "muscle-cramps"], "temperature-c": 31, "run-duration-min": 75,
       "fluids-during-runs": false, "replaces-electrolytes": false}""";

  private static Report reportFor(String json) {
    Answers answers = TestAnswers.of(json);
    return new ReportBuilder(ShippedKbase.get())
        .build(Consultation.run(ShippedKbase.get(), answers), answers);
  }

  private static String text(String json, TextReportOptions options) {
    return new TextReportWriter(options).write(reportFor(json));
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  @Test
  void theSummaryComesFirstWhenNothingIsUrgent() {
    String report = text(HOT_RUNNER, TextReportOptions.PLAIN);

    assertThat(report).startsWith("IN SHORT\n  Most likely: hot weather.\n");
    assertThat(report).contains("First things to do: drink plenty");
    assertThat(report).doesNotContain("!!");
  }

  @Test
  void aRedFlagStandsFirstAndIsRepeatedAsTheLastLines() {
    List<String> lines = lines(text(CALF_SWELLING, TextReportOptions.PLAIN));

    assertThat(lines.get(0)).startsWith("!! RED FLAGS");
    assertThat(lines.get(1))
        .isEqualTo("!! URGENT: Possible blood clot in the leg (deep vein thrombosis)");
    List<String> last = lines.subList(lines.size() - 3, lines.size());
    assertThat(last.get(0)).isEqualTo(lines.get(1));
    assertThat(String.join(" ", last)).contains("What to do: See a doctor today.");
    assertThat(last).allMatch(l -> l.startsWith("!! "));
  }

  @Test
  void eachCauseHasOnePlainBecauseSentenceFromTheRunnersAnswers() {
    String report = text(CALF_SWELLING, TextReportOptions.PLAIN);

    assertThat(report.replaceAll("\\s+", " "))
        .contains(
            "1. Beginner runner, because you have been running for 2 months, most of your runs"
                + " feel hard,")
        .contains("2. Wrong shoes, because you have 0.8 cm of room in front of your toes.");
  }

  @Test
  void aRuleIsNamedTheSameWayInTheExplainedTextAndInMarkdown() {
    String beginner =
        ShippedKbase.get().rules().all().stream()
            .filter(r -> r.id().equals("CAUSE-BEGINNER-01"))
            .findFirst()
            .orElseThrow()
            .reference();
    assertThat(beginner)
        .startsWith("CAUSE-BEGINNER-01 \"")
        .endsWith("\" (kbase/causes/beginner.drl:16)");

    assertThat(text(CALF_SWELLING, new TextReportOptions(200, false, true))).contains(beginner);
    assertThat(ReportWriter.Format.MARKDOWN.writer().write(reportFor(CALF_SWELLING)))
        .contains("- rule `" + beginner + "`");
  }

  @Test
  void rulesFilesAndTreesAreShownOnlyWithExplain() {
    String plain = text(CALF_SWELLING, TextReportOptions.PLAIN);
    String explained = text(CALF_SWELLING, new TextReportOptions(80, false, true));

    assertThat(plain).doesNotContain("CAUSE-", "RF-DVT", "kbase/", ".drl", "strength", "because:");
    assertThat(explained)
        .contains(
            "RF-DVT-01",
            "(kbase/causes/beginner.drl:16)",
            "because:",
            "- you answered months-running = 2 months",
            "(strength 6)",
            "CONDITIONS FOUND",
            "NOT ANSWERED");
  }

  @Test
  void everyLineFitsTheWidthEvenWithExplain() {
    for (int width : List.of(40, 60, 80, 120)) {
      for (boolean explain : List.of(false, true)) {
        String report = text(CALF_SWELLING, new TextReportOptions(width, false, explain));
        assertThat(lines(report))
            .as("width %d, explain %s", width, explain)
            .allMatch(l -> l.length() <= width);
      }
    }
  }

  @Test
  void colourOnlyWhenAskedAndRedFlagsStandOut() {
    String plain = text(CALF_SWELLING, TextReportOptions.PLAIN);
    String coloured = text(CALF_SWELLING, new TextReportOptions(80, true, false));

    assertThat(plain).doesNotContain("\u001b[");
    assertThat(coloured).startsWith("\u001b[1;31m!! RED FLAGS");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }

  @Test
  void numbersAreShownAsTheRunnerGaveThemAndWithoutNoise() {
    Report report = reportFor("{\"months-running\": \"3 weeks\", \"usual-effort\": \"hard\"}");
    String plain = new TextReportWriter().write(report);

    assertThat(plain.replaceAll("\\s+", " "))
        .contains("you have been running for 3 weeks (0.7 months)");
    assertThat(new TextReportWriter(new TextReportOptions(80, false, true)).write(report))
        .contains("- you answered months-running = 3 weeks (0.7 months)")
        .doesNotContain("0.689");
  }

  @Test
  void aUnitAfterExactlyOneIsSingular() {
    KnowledgeBase kbase = ShippedKbase.get();
    AnswerWords words =
        new AnswerWords(
            kbase.questions(),
            new Answers(Map.of("months-running", new GivenAnswer.Number(0.689938)), Set.of()),
            kbase.reportWording());

    assertThat(words.shown("rest-days-per-week", "1", 1.0)).isEqualTo("1 day a week");
    assertThat(words.shown("rest-days-per-week", "2", 2.0)).isEqualTo("2 days a week");
    assertThat(words.shown("runs-per-week", "1", 1.0)).isEqualTo("1 run a week");
    assertThat(words.shown("months-running", "0.689938", 0.689938)).isEqualTo("0.7 months");
    assertThat(AnswerWords.plainNumber(0.04321)).isEqualTo("0.043");
    assertThat(AnswerWords.plainNumber(2.5)).isEqualTo("2.5");
  }

  @Test
  void everyShippedQuestionHasAPlainPhraseForTheBecauseSentence() {
    KnowledgeBase kbase = ShippedKbase.get();
    assertThat(kbase.questions().all())
        .extracting(Question::id)
        .allMatch(id -> kbase.reportWording().answerPhrases().containsKey(id));
  }

  @Test
  void theTextAndMarkdownWritersFollowTheOneOrderOfSections() {
    Report report = reportFor(CALF_SWELLING);
    String text = new TextReportWriter(new TextReportOptions(100, false, true)).write(report);
    String markdown = ReportWriter.Format.MARKDOWN.writer().write(report);

    List<ReportSection> sections = ReportSection.of(report);
    assertThat(sections).startsWith(ReportSection.RED_FLAGS, ReportSection.SUMMARY);
    assertThat(sections).endsWith(ReportSection.NOTE, ReportSection.RED_FLAG_REMINDER);
    List<String> headings =
        sections.stream()
            .filter(s -> s != ReportSection.NOTE && s != ReportSection.RED_FLAG_REMINDER)
            .map(s -> report.texts().heading(s.id()))
            .toList();
    int lastText = -1;
    int lastMarkdown = -1;
    for (String heading : headings) {
      int inText = text.indexOf(heading.toUpperCase(java.util.Locale.ROOT));
      int inMarkdown = markdown.indexOf("## " + heading);
      assertThat(inText).as(heading).isGreaterThan(lastText);
      assertThat(inMarkdown).as(heading).isGreaterThan(lastMarkdown);
      lastText = inText;
      lastMarkdown = inMarkdown;
    }
    assertThat(markdown.strip())
        .endsWith(
            "> **URGENT: Possible blood clot in the leg (deep vein thrombosis).** See a doctor today."
                + " Do not massage the calf and do not run until a clot has been ruled out.");
  }
}
