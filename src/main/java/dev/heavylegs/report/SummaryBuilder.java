package dev.heavylegs.report;

import dev.heavylegs.kbase.ReportWording;
import dev.heavylegs.report.Report.CauseItem;
import dev.heavylegs.report.Report.OpenQuestion;
import dev.heavylegs.report.Report.RecommendationGroup;
import dev.heavylegs.report.Report.ReferralItem;
import dev.heavylegs.report.Report.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The few lines a runner reads first, in the words of {@code report.yaml}'s {@code summary}: each
 * red flag, the most likely causes, the first things to do (the first advice for each of the
 * strongest causes), and how many open questions could still change the result.
 */
final class SummaryBuilder {

  /** How many causes, and first steps, the summary names at most. */
  static final int MOST_NAMED = 3;

  private final Map<String, String> templates;
  private final AnswerWords words;

  SummaryBuilder(ReportWording wording, AnswerWords words) {
    this.templates = wording.summary();
    this.words = words;
  }

  Summary summary(
      List<ReferralItem> redFlags,
      List<CauseItem> causes,
      List<RecommendationGroup> advice,
      List<OpenQuestion> open) {
    List<String> flagLines = new ArrayList<>();
    for (ReferralItem flag : redFlags) {
      flagLines.add(
          fill("red-flag", "{urgency}: {title}")
              .replace("{urgency}", capitalised(flag.urgency()))
              .replace("{title}", flag.title()));
    }
    if (open.stream().anyMatch(OpenQuestion::redFlagScreening)) {
      flagLines.add(templates.getOrDefault("red-flags-not-checked", ""));
    }
    String causeLine =
        causes.isEmpty()
            ? templates.getOrDefault("no-cause", "")
            : fill("causes", "{causes}")
                .replace(
                    "{causes}",
                    words.list(
                        causes.stream().limit(MOST_NAMED).map(c -> plain(c.title())).toList()));
    List<String> steps =
        advice.stream()
            .limit(MOST_NAMED)
            .map(g -> plain(g.recommendations().get(0).title()))
            .toList();
    String stepLine =
        steps.isEmpty() ? "" : fill("first-steps", "{steps}").replace("{steps}", words.list(steps));
    String openLine =
        open.isEmpty()
            ? ""
            : fill(open.size() == 1 ? "open-question" : "open-questions", "{count}")
                .replace("{count}", Integer.toString(open.size()));
    return new Summary(
        flagLines.stream().filter(l -> !l.isBlank()).toList(), causeLine, stepLine, openLine);
  }

  private String fill(String key, String fallback) {
    String template = templates.get(key);
    return template == null || template.isBlank() ? fallback : template;
  }

  /** A title inside a sentence: "Wrong shoes" as "wrong shoes", but "DVT" stays. */
  private static String plain(String title) {
    if (title.length() > 1
        && Character.isUpperCase(title.charAt(0))
        && Character.isLowerCase(title.charAt(1))) {
      return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
    return title;
  }

  private static String capitalised(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
