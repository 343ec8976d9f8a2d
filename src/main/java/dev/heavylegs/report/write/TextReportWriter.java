package dev.heavylegs.report.write;

import dev.heavylegs.explain.Reason;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.Report.CauseItem;
import dev.heavylegs.report.Report.ConditionItem;
import dev.heavylegs.report.Report.OpenQuestion;
import dev.heavylegs.report.Report.RecommendationGroup;
import dev.heavylegs.report.Report.RecommendationItem;
import dev.heavylegs.report.Report.ReferralItem;
import dev.heavylegs.report.ReportSection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The report for a runner at a terminal, in the order of {@link ReportSection}: the red-flag box, a
 * short summary, each cause with one plain "because" sentence, what to do, when to see a doctor,
 * the note that this is not a diagnosis, and the red flags once more. Every line fits the width.
 *
 * <p>With {@link TextReportOptions#explain()} it also shows what an engineer or an expert checks:
 * strengths, the conditions found, the open questions, and under each conclusion the "because" tree
 * of rules (id, name, file and line) down to the runner's answers; a conclusion already explained
 * higher up is marked "see above" instead of being repeated.
 */
public final class TextReportWriter implements ReportWriter {

  /** The mark at the start of every line of a red-flag box. */
  static final String ALARM = "!! ";

  /** How many open questions the plain report lists when no cause was found. */
  static final int MOST_LISTED = 5;

  private final TextReportOptions options;
  private final TextStyle style;
  private final StringBuilder out = new StringBuilder();
  private final Set<String> explained = new HashSet<>();
  private Report report;

  public TextReportWriter() {
    this(TextReportOptions.PLAIN);
  }

  public TextReportWriter(TextReportOptions options) {
    this.options = options;
    this.style = new TextStyle(options.colour());
  }

  @Override
  public String write(Report report) {
    this.report = report;
    out.setLength(0);
    explained.clear();
    for (ReportSection section : ReportSection.of(report)) {
      switch (section) {
        case RED_FLAGS -> redFlags();
        case SUMMARY -> summary();
        case CAUSES -> causes();
        case CONDITIONS -> conditions();
        case WHAT_TO_DO -> whatToDo();
        case SEE_A_DOCTOR -> seeADoctor();
        case OPEN_QUESTIONS -> openQuestions();
        case NOTE -> note();
        case RED_FLAG_REMINDER -> redFlagReminder();
      }
    }
    return out.toString();
  }

  /** One conclusion's "because" tree on its own, as {@code how} shows it at the prompt. */
  public static String explanation(List<Reason> reasons) {
    // Unwrapped, as "how" and "heavylegs test" have always shown it: the reader may be a log.
    TextReportWriter writer =
        new TextReportWriter(new TextReportOptions(Integer.MAX_VALUE / 2, false, true));
    writer.because("", reasons, "  ");
    return writer.out.toString();
  }

  // --- sections ----------------------------------------------------------------------------

  private void redFlags() {
    if (report.redFlagsNotChecked()) {
      alarm(heading("red-flags-not-checked").toUpperCase(Locale.ROOT));
      alarm(texts().redFlagsNotChecked());
    }
    if (!report.redFlags().isEmpty()) {
      if (report.redFlagsNotChecked()) {
        alarm("");
      }
      alarm(heading("red-flags").toUpperCase(Locale.ROOT));
      if (options.explain()) {
        alarm(texts().redFlagIntro());
      }
      for (ReferralItem flag : report.redFlags()) {
        alarm(urgencyAndTitle(flag));
        alarm(flag.reason());
        alarm(whatToDo(flag));
      }
    }
    if (options.explain()) {
      for (ReferralItem flag : report.redFlags()) {
        out.append('\n');
        text(urgencyAndTitle(flag), "  ", "  ", UnaryOperator.identity());
        because(key("referral", flag.id()), flag.explanation(), "    ");
      }
    }
  }

  private void summary() {
    sectionHeading("summary");
    for (String line : report.summary().lines()) {
      text(line, "  ", "    ", UnaryOperator.identity());
    }
  }

  private void causes() {
    if (report.noCauseFound()) {
      sectionHeading("no-cause");
      text(texts().noCause(), "  ", "  ", UnaryOperator.identity());
      return;
    }
    sectionHeading("causes");
    int rank = 1;
    for (CauseItem cause : report.causes()) {
      String title = rank++ + ". " + cause.title();
      if (options.explain()) {
        title += "  (strength " + cause.strength() + ")";
        out.append('\n');
      }
      if (options.explain()) {
        text(title, "  ", "     ", UnaryOperator.identity());
        text(cause.description(), "     ", "     ", UnaryOperator.identity());
        text(capitalised(cause.because()), "     ", "     ", UnaryOperator.identity());
      } else {
        text(texts().causeBecause(title, cause.because()), "  ", "     ", UnaryOperator.identity());
      }
      if (options.explain()) {
        because(key("cause", cause.id()), cause.explanation(), "     ");
      }
    }
  }

  /**
   * The conditions found: with no cause they are what the advice answers, so a runner sees them;
   * otherwise the causes' "because" sentences already say them, and only {@code --explain} lists
   * them.
   */
  private void conditions() {
    if (!options.explain() && !report.noCauseFound()) {
      return;
    }
    sectionHeading("conditions");
    for (ConditionItem condition : report.conditions()) {
      if (options.explain()) {
        out.append('\n');
      }
      text("- " + condition.title(), "  ", "    ", UnaryOperator.identity());
      text(condition.description(), "    ", "    ", UnaryOperator.identity());
      if (options.explain()) {
        String subject = key("condition", condition.id());
        if (explained.contains(subject)) {
          text("because: see the causes above", "    ", "    ", UnaryOperator.identity());
        } else {
          because(subject, condition.explanation(), "    ");
        }
      }
    }
  }

  private void whatToDo() {
    sectionHeading("what-to-do");
    if (!texts().adviceAfterRedFlag().isEmpty()) {
      text(texts().adviceAfterRedFlag(), "  ", "  ", style::alarm);
    }
    for (RecommendationGroup group : report.recommendationGroups()) {
      String title = texts().adviceFor(group.title());
      if (options.explain()) {
        title += " (" + group.kind() + ")";
      }
      text(title, "  ", "  ", UnaryOperator.identity());
      for (RecommendationItem item : group.recommendations()) {
        text(
            "* " + sentence(item.title()) + " " + item.advice(),
            "  ",
            "    ",
            UnaryOperator.identity());
        if (options.explain()) {
          because(key("recommendation", item.id()), item.explanation(), "      ");
        }
      }
    }
  }

  private void seeADoctor() {
    sectionHeading("see-a-doctor");
    for (ReferralItem referral : report.referrals()) {
      text("* " + urgencyAndTitle(referral), "  ", "    ", UnaryOperator.identity());
      if (options.explain()) {
        text(referral.reason(), "    ", "    ", UnaryOperator.identity());
      }
      text(whatToDo(referral), "    ", "    ", UnaryOperator.identity());
      if (options.explain()) {
        because(key("referral", referral.id()), referral.explanation(), "    ");
      }
    }
  }

  /**
   * The open questions one by one: with {@code --explain}, or when no cause was found (they are
   * then the way on); otherwise the summary says how many there are.
   */
  private void openQuestions() {
    if (!options.explain() && !report.noCauseFound()) {
      return;
    }
    sectionHeading("open-questions");
    if (!options.explain()) {
      List<OpenQuestion> open = report.openQuestions();
      open.stream()
          .limit(MOST_LISTED)
          .forEach(q -> text("- " + q.prompt(), "  ", "    ", UnaryOperator.identity()));
      if (open.size() > MOST_LISTED) {
        String more = texts().sentences().getOrDefault("more", "+{count}");
        text(
            more.replace("{count}", Integer.toString(open.size() - MOST_LISTED)),
            "  ",
            "  ",
            UnaryOperator.identity());
      }
      return;
    }
    for (OpenQuestion question : report.openQuestions()) {
      String mark = question.redFlagScreening() ? "! " : "- ";
      text(
          mark + question.id() + ": " + question.prompt(),
          "  ",
          "      ",
          UnaryOperator.identity());
      String note =
          question.redFlagScreening()
              ? "Red-flag symptoms were not checked. Could show: "
              : "Could show: ";
      text(
          note + String.join(", ", question.couldLeadTo()),
          "      ",
          "      ",
          UnaryOperator.identity());
    }
  }

  private void note() {
    out.append('\n');
    text(heading("note") + ": " + texts().disclaimer(), "", "", UnaryOperator.identity());
  }

  /** The red flags again, short: for the runner who reads only the last lines on the screen. */
  private void redFlagReminder() {
    out.append('\n');
    if (report.redFlagsNotChecked()) {
      alarmLine(heading("red-flags-not-checked").toUpperCase(Locale.ROOT));
      alarmLine(texts().redFlagsNotChecked());
    }
    for (ReferralItem flag : report.redFlags()) {
      alarmLine(urgencyAndTitle(flag));
      alarmLine(whatToDo(flag));
    }
  }

  // --- the "because" tree of --explain -----------------------------------------------------

  private void because(String subject, List<Reason> reasons, String indent) {
    explained.add(subject);
    text("because:", indent, indent, UnaryOperator.identity());
    for (Reason reason : reasons) {
      reason(reason, indent + "  ");
    }
  }

  private void reason(Reason reason, String indent) {
    StringBuilder rule = new StringBuilder(reason.rule().reference());
    if (reason.rule().concludes(Kind.CAUSE)) {
      reason.rule().weight().ifPresent(w -> rule.append("  +").append(w));
    }
    text(rule.toString(), indent, indent + "    ", UnaryOperator.identity());
    for (Reason.Support support : reason.because()) {
      if (support instanceof Reason.AnswerSupport answer) {
        text(
            "- you answered " + answer.question() + " = " + shown(answer),
            indent + "  ",
            indent + "    ",
            UnaryOperator.identity());
      } else if (support instanceof Reason.ConclusionSupport conclusion) {
        String subject = key(conclusion.kind(), conclusion.id());
        String shown = "- " + conclusion.title() + " (" + conclusion.kind();
        if (explained.contains(subject)) {
          text(shown + ", see above)", indent + "  ", indent + "    ", UnaryOperator.identity());
        } else {
          text(shown + ")", indent + "  ", indent + "    ", UnaryOperator.identity());
          explained.add(subject);
          for (Reason inner : conclusion.reasons()) {
            reason(inner, indent + "      ");
          }
        }
      }
    }
  }

  private String shown(Reason.AnswerSupport answer) {
    return report == null ? answer.shown() : report.shown(answer);
  }

  // --- layout ------------------------------------------------------------------------------

  private Report.Texts texts() {
    return report.texts();
  }

  private String heading(String key) {
    return texts().heading(key);
  }

  private void sectionHeading(String key) {
    if (out.length() > 0) {
      out.append('\n');
    }
    text(heading(key).toUpperCase(Locale.ROOT), "", "", style::heading);
  }

  private String urgencyAndTitle(ReferralItem referral) {
    return referral.urgency().toUpperCase(Locale.ROOT) + ": " + referral.title();
  }

  private String whatToDo(ReferralItem referral) {
    return heading("what-to-do") + ": " + referral.advice();
  }

  /** One line of a red-flag box: wrapped, each piece marked so the box stands out unstyled. */
  private void alarm(String text) {
    if (text == null) {
      return;
    }
    if (text.isBlank()) {
      out.append(style.alarm(ALARM.strip())).append('\n');
      return;
    }
    alarmLine(text);
  }

  private void alarmLine(String text) {
    text(text, ALARM, ALARM, style::alarm);
  }

  /**
   * Adds {@code text} wrapped to the width, the first line after {@code first}, others after {@code
   * rest}, each line passed through {@code mark}.
   */
  private void text(String text, String first, String rest, UnaryOperator<String> mark) {
    if (text == null || text.isBlank()) {
      return;
    }
    if (first.length() + text.length() <= options.width() && text.indexOf('\n') < 0) {
      out.append(mark.apply(first + text)).append('\n'); // as written, spacing kept
      return;
    }
    List<String> lines =
        TextWrap.lines(text, options.width() - first.length(), options.width() - rest.length());
    for (int i = 0; i < lines.size(); i++) {
      out.append(mark.apply((i == 0 ? first : rest) + lines.get(i))).append('\n');
    }
  }

  /** A title as the start of a sentence: with a full stop unless it has its own. */
  private static String sentence(String title) {
    return title.endsWith(".") || title.endsWith("?") || title.endsWith("!") ? title : title + ".";
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String key(String kind, String id) {
    return kind + ":" + id;
  }
}
