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
import java.util.List;
import java.util.Locale;

/**
 * The report as Markdown, to hand to a coach or a doctor: the sections of {@link ReportSection} in
 * their order, with every detail (strengths, descriptions, and each explanation as a nested list of
 * rules ending in the runner's answers).
 */
final class MarkdownReportWriter implements ReportWriter {

  private final StringBuilder out = new StringBuilder();

  private Report report;

  @Override
  public String write(Report report) {
    this.report = report;
    out.setLength(0);
    out.append("# Heavy legs: consultation report\n");
    for (ReportSection section : ReportSection.of(report)) {
      switch (section) {
        case RED_FLAGS -> redFlags();
        case SUMMARY -> summary();
        case CAUSES -> causes();
        case CONDITIONS -> conditions();
        case WHAT_TO_DO -> whatToDo();
        case SEE_A_DOCTOR -> {
          section(heading("see-a-doctor"));
          report.referrals().forEach(this::referral);
        }
        case OPEN_QUESTIONS -> openQuestions();
        case NOTE -> out.append("\n---\n\n*").append(report.texts().disclaimer()).append("*\n");
        case RED_FLAG_REMINDER -> redFlagReminder();
      }
    }
    return out.toString();
  }

  private void redFlags() {
    if (report.redFlagsNotChecked()) {
      section(heading("red-flags-not-checked"));
      out.append("> **").append(report.texts().redFlagsNotChecked()).append("**\n");
    }
    if (!report.redFlags().isEmpty()) {
      section(heading("red-flags"));
      out.append("> **").append(report.texts().redFlagIntro()).append("**\n");
      report.redFlags().forEach(this::referral);
    }
  }

  private void summary() {
    section(heading("summary"));
    out.append('\n');
    report.summary().lines().forEach(line -> out.append("- ").append(line).append('\n'));
  }

  private void causes() {
    if (report.noCauseFound()) {
      section(heading("no-cause"));
      out.append('\n').append(report.texts().noCause()).append('\n');
      return;
    }
    section(heading("causes"));
    int rank = 1;
    for (CauseItem cause : report.causes()) {
      out.append("\n### ")
          .append(rank++)
          .append(". ")
          .append(cause.title())
          .append(" (strength ")
          .append(cause.strength())
          .append(")\n\n")
          .append(cause.description())
          .append("\n\n");
      if (!cause.because().isEmpty()) {
        out.append(Character.toUpperCase(cause.because().charAt(0)))
            .append(cause.because().substring(1))
            .append("\n\n");
      }
      out.append("**Because:**\n\n");
      reasons(cause.explanation(), "");
    }
  }

  private void conditions() {
    section(heading("conditions"));
    for (ConditionItem condition : report.conditions()) {
      out.append("\n### ")
          .append(condition.title())
          .append("\n\n")
          .append(condition.description())
          .append("\n\n**Because:**\n\n");
      reasons(condition.explanation(), "");
    }
  }

  private void whatToDo() {
    section(heading("what-to-do"));
    if (!report.texts().adviceAfterRedFlag().isEmpty()) {
      out.append("\n> **").append(report.texts().adviceAfterRedFlag()).append("**\n");
    }
    for (RecommendationGroup group : report.recommendationGroups()) {
      out.append("\n### ")
          .append(report.texts().adviceFor(group.title()).replaceAll(":$", ""))
          .append(" (")
          .append(group.kind())
          .append(")\n");
      for (RecommendationItem item : group.recommendations()) {
        out.append("\n**").append(item.title()).append(".** ").append(item.advice()).append("\n\n");
        reasons(item.explanation(), "");
      }
    }
  }

  private void openQuestions() {
    section(heading("open-questions"));
    out.append('\n');
    for (OpenQuestion q : report.openQuestions()) {
      out.append("- ")
          .append(q.redFlagScreening() ? "**Red-flag screening:** " : "")
          .append('`')
          .append(q.id())
          .append("`: ")
          .append(q.prompt())
          .append(" Could show: ")
          .append(String.join(", ", q.couldLeadTo()))
          .append('\n');
    }
  }

  /** The red flags once more, at the end, as a reader who skips to it should see them. */
  private void redFlagReminder() {
    out.append('\n');
    if (report.redFlagsNotChecked()) {
      out.append("> **")
          .append(heading("red-flags-not-checked"))
          .append(":** ")
          .append(report.texts().redFlagsNotChecked())
          .append('\n');
    }
    for (ReferralItem flag : report.redFlags()) {
      out.append("> **")
          .append(flag.urgency().toUpperCase(Locale.ROOT))
          .append(": ")
          .append(flag.title())
          .append(".** ")
          .append(flag.advice())
          .append('\n');
    }
  }

  private String heading(String key) {
    return report.texts().heading(key);
  }

  private void section(String title) {
    out.append("\n## ").append(title).append('\n');
  }

  private void referral(ReferralItem r) {
    out.append("\n### ")
        .append(r.urgency().toUpperCase(Locale.ROOT))
        .append(": ")
        .append(r.title())
        .append("\n\n")
        .append(r.reason())
        .append("\n\n**")
        .append(heading("what-to-do"))
        .append(":** ")
        .append(r.advice())
        .append("\n\n**Because:**\n\n");
    reasons(r.explanation(), "");
  }

  private void reasons(List<Reason> reasons, String indent) {
    for (Reason reason : reasons) {
      out.append(indent).append("- rule `").append(reason.rule().reference()).append('`');
      if (reason.rule().concludes(Kind.CAUSE)) {
        reason.rule().weight().ifPresent(w -> out.append(", weight ").append(w));
      }
      out.append('\n');
      for (Reason.Support support : reason.because()) {
        if (support instanceof Reason.AnswerSupport a) {
          out.append(indent)
              .append("  - answer `")
              .append(a.question())
              .append("` = ")
              .append(report.shown(a))
              .append('\n');
        } else if (support instanceof Reason.ConclusionSupport c) {
          out.append(indent)
              .append("  - ")
              .append(c.kind())
              .append(" **")
              .append(c.title())
              .append("**\n");
          reasons(c.reasons(), indent + "    ");
        }
      }
    }
    if (indent.isEmpty()) {
      out.append('\n');
    }
  }
}
