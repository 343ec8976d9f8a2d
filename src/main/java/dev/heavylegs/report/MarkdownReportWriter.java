package dev.heavylegs.report;

import dev.heavylegs.explain.Reason;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.report.Report.CauseItem;
import dev.heavylegs.report.Report.ConditionItem;
import dev.heavylegs.report.Report.OpenQuestion;
import dev.heavylegs.report.Report.RecommendationGroup;
import dev.heavylegs.report.Report.RecommendationItem;
import dev.heavylegs.report.Report.ReferralItem;
import java.util.List;
import java.util.Locale;

/**
 * The report as Markdown, to hand to a coach or a doctor: the same sections as the text report,
 * with each explanation as a nested list ending in the runner's answers.
 */
final class MarkdownReportWriter implements ReportWriter {

  private final StringBuilder out = new StringBuilder();

  @Override
  public String write(Report report) {
    out.setLength(0);
    out.append("# Heavy legs: consultation report\n");
    if (report.redFlagsNotChecked()) {
      section("Red flags not checked");
      out.append("> **").append(report.texts().redFlagsNotChecked()).append("**\n");
    }
    if (!report.redFlags().isEmpty()) {
      section("Red flags: see a doctor first");
      out.append("> **").append(report.texts().redFlagIntro()).append("**\n");
      report.redFlags().forEach(this::referral);
    }
    if (report.noCauseFound()) {
      section("No likely cause found");
      out.append('\n').append(report.texts().noCause()).append('\n');
    } else {
      section("Likely causes, strongest first");
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
            .append("\n\n**Because:**\n\n");
        reasons(cause.explanation(), "");
      }
    }
    if (!report.conditions().isEmpty()) {
      section("Conditions found");
      for (ConditionItem condition : report.conditions()) {
        out.append("\n### ")
            .append(condition.title())
            .append("\n\n")
            .append(condition.description())
            .append("\n\n**Because:**\n\n");
        reasons(condition.explanation(), "");
      }
    }
    if (!report.recommendationGroups().isEmpty()) {
      section("What to do");
      if (!report.texts().adviceAfterRedFlag().isEmpty()) {
        out.append("\n> **").append(report.texts().adviceAfterRedFlag()).append("**\n");
      }
      for (RecommendationGroup group : report.recommendationGroups()) {
        out.append("\n### For ")
            .append(group.title())
            .append(" (")
            .append(group.kind())
            .append(")\n");
        for (RecommendationItem item : group.recommendations()) {
          out.append("\n**")
              .append(item.title())
              .append(".** ")
              .append(item.advice())
              .append("\n\n");
          reasons(item.explanation(), "");
        }
      }
    }
    if (!report.referrals().isEmpty()) {
      section("See a doctor");
      report.referrals().forEach(this::referral);
    }
    if (!report.openQuestions().isEmpty()) {
      section("Not answered, and could have changed the result");
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
    out.append("\n---\n\n*").append(report.texts().disclaimer()).append("*\n");
    return out.toString();
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
        .append("\n\n**What to do:** ")
        .append(r.advice())
        .append("\n\n**Because:**\n\n");
    reasons(r.explanation(), "");
  }

  private void reasons(List<Reason> reasons, String indent) {
    for (Reason reason : reasons) {
      out.append(indent)
          .append("- rule `")
          .append(reason.rule().id())
          .append("` ")
          .append(reason.rule().name())
          .append(" (`")
          .append(reason.rule().location())
          .append("`)");
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
              .append(a.shown())
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
