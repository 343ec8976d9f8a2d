package dev.heavylegs.report;

import dev.heavylegs.explain.Reason;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.report.Report.CauseItem;
import dev.heavylegs.report.Report.ConditionItem;
import dev.heavylegs.report.Report.OpenQuestion;
import dev.heavylegs.report.Report.RecommendationGroup;
import dev.heavylegs.report.Report.RecommendationItem;
import dev.heavylegs.report.Report.ReferralItem;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report for a runner at a terminal: red flags first, then causes ranked, conditions,
 * recommendations grouped by cause, other referrals, open questions, and the note that this is not
 * a diagnosis. Under each conclusion a "because" tree goes down to the runner's answers; a
 * conclusion already explained higher up is marked "see above" instead of being repeated.
 */
public final class TextReportWriter implements ReportWriter {

  private final StringBuilder out = new StringBuilder();
  private final Set<String> explained = new HashSet<>();

  @Override
  public String write(Report report) {
    out.setLength(0);
    explained.clear();
    if (report.redFlagsNotChecked()) {
      heading("!! RED FLAGS NOT CHECKED");
      prose(report.texts().redFlagsNotChecked(), "   ");
    }
    if (!report.redFlags().isEmpty()) {
      heading("!! RED FLAGS: SEE A DOCTOR FIRST");
      prose(report.texts().redFlagIntro(), "   ");
      report.redFlags().forEach(this::referral);
    }
    if (report.noCauseFound()) {
      heading("NO LIKELY CAUSE FOUND");
      prose(report.texts().noCause(), "   ");
    } else {
      heading("LIKELY CAUSES, strongest first");
      int rank = 1;
      for (CauseItem cause : report.causes()) {
        cause(rank++, cause);
      }
    }
    if (!report.conditions().isEmpty()) {
      heading("CONDITIONS FOUND");
      report.conditions().forEach(this::condition);
    }
    if (!report.recommendationGroups().isEmpty()) {
      heading("WHAT TO DO");
      if (!report.texts().adviceAfterRedFlag().isEmpty()) {
        prose(report.texts().adviceAfterRedFlag(), "   ");
      }
      report.recommendationGroups().forEach(this::group);
    }
    if (!report.referrals().isEmpty()) {
      heading("SEE A DOCTOR");
      report.referrals().forEach(this::referral);
    }
    if (!report.openQuestions().isEmpty()) {
      heading("NOT ANSWERED, and could have changed the result");
      report.openQuestions().forEach(this::openQuestion);
    }
    out.append('\n');
    prose("Note: " + report.texts().disclaimer(), "");
    return out.toString();
  }

  /** One conclusion's "because" tree on its own, as {@code how} shows it at the prompt. */
  public static String explanation(List<Reason> reasons) {
    TextReportWriter writer = new TextReportWriter();
    writer.because("", reasons, "  ");
    return writer.out.toString();
  }

  private void cause(int rank, CauseItem cause) {
    out.append('\n')
        .append("  ")
        .append(rank)
        .append(". ")
        .append(cause.title())
        .append("  (strength ")
        .append(cause.strength())
        .append(")\n");
    prose(cause.description(), "     ");
    because(key("cause", cause.id()), cause.explanation(), "     ");
  }

  private void condition(ConditionItem condition) {
    out.append('\n').append("  - ").append(condition.title()).append('\n');
    prose(condition.description(), "    ");
    String subject = key("condition", condition.id());
    if (explained.contains(subject)) {
      out.append("    because: see the causes above\n");
    } else {
      because(subject, condition.explanation(), "    ");
    }
  }

  private void group(RecommendationGroup group) {
    out.append('\n')
        .append("  For ")
        .append(group.title())
        .append(" (")
        .append(group.kind())
        .append("):\n");
    for (RecommendationItem item : group.recommendations()) {
      out.append("    * ").append(item.title()).append('\n');
      prose(item.advice(), "      ");
      because(key("recommendation", item.id()), item.explanation(), "      ");
    }
  }

  private void referral(ReferralItem referral) {
    out.append('\n')
        .append("  [")
        .append(referral.urgency().toUpperCase(Locale.ROOT))
        .append("] ")
        .append(referral.title())
        .append('\n');
    prose(referral.reason(), "    ");
    prose("What to do: " + referral.advice(), "    ");
    because(key("referral", referral.id()), referral.explanation(), "    ");
  }

  private void openQuestion(OpenQuestion question) {
    String mark = question.redFlagScreening() ? "  ! " : "  - ";
    out.append(mark).append(question.id()).append(": ").append(question.prompt()).append('\n');
    String note =
        question.redFlagScreening()
            ? "Red-flag symptoms were not checked. Could show: "
            : "Could show: ";
    prose(note + String.join(", ", question.couldLeadTo()), "      ");
  }

  private void because(String subject, List<Reason> reasons, String indent) {
    explained.add(subject);
    out.append(indent).append("because:\n");
    for (Reason reason : reasons) {
      reason(reason, indent + "  ");
    }
  }

  private void reason(Reason reason, String indent) {
    out.append(indent)
        .append(reason.rule().id())
        .append("  ")
        .append(reason.rule().name())
        .append("  (")
        .append(reason.rule().location())
        .append(")");
    if (reason.rule().concludes(Kind.CAUSE)) {
      reason.rule().weight().ifPresent(w -> out.append("  +").append(w));
    }
    out.append('\n');
    for (Reason.Support support : reason.because()) {
      if (support instanceof Reason.AnswerSupport answer) {
        out.append(indent)
            .append("  - you answered ")
            .append(answer.question())
            .append(" = ")
            .append(answer.shown())
            .append('\n');
      } else if (support instanceof Reason.ConclusionSupport conclusion) {
        String subject = key(conclusion.kind(), conclusion.id());
        out.append(indent)
            .append("  - ")
            .append(conclusion.title())
            .append(" (")
            .append(conclusion.kind());
        if (explained.contains(subject)) {
          out.append(", see above)\n");
        } else {
          out.append(")\n");
          explained.add(subject);
          for (Reason inner : conclusion.reasons()) {
            reason(inner, indent + "      ");
          }
        }
      }
    }
  }

  private void heading(String title) {
    out.append('\n').append(title).append('\n');
  }

  private void prose(String text, String indent) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (String line : TextWrap.lines(text, TextWrap.WIDTH - indent.length())) {
      out.append(indent).append(line).append('\n');
    }
  }

  private static String key(String kind, String id) {
    return kind + ":" + id;
  }
}
