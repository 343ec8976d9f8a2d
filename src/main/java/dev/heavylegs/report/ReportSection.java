package dev.heavylegs.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sections of a report, in the one order every writer renders them: red flags first, a short
 * summary, the causes, the conditions, what to do, other referrals, the questions left open, the
 * note that this is not a diagnosis, and the red flags once more as the last lines, so that a
 * runner who reads only the end of the screen still sees them.
 */
public enum ReportSection {
  RED_FLAGS,
  SUMMARY,
  CAUSES,
  CONDITIONS,
  WHAT_TO_DO,
  SEE_A_DOCTOR,
  OPEN_QUESTIONS,
  NOTE,
  RED_FLAG_REMINDER;

  /** The id of the section in {@code report.yaml} headings and in JSON: {@code what-to-do}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The heading this section shows in {@code report}, from {@code report.yaml}: the causes section
   * is headed "no likely cause" when there is none, the red-flag sections "not checked" when no red
   * flag was raised and the screening questions went unanswered, and the reminder repeats the
   * red-flag heading.
   */
  public String heading(Report report) {
    Report.Texts texts = report.texts();
    return switch (this) {
      case RED_FLAGS, RED_FLAG_REMINDER ->
          texts.heading(
              report.redFlags().isEmpty() && report.redFlagsNotChecked()
                  ? "red-flags-not-checked"
                  : RED_FLAGS.id());
      case CAUSES -> texts.heading(report.causes().isEmpty() ? "no-cause" : id());
      default -> texts.heading(id());
    };
  }

  /** Whether {@code report} has anything to show in this section. */
  public boolean isIn(Report report) {
    return switch (this) {
      case RED_FLAGS, RED_FLAG_REMINDER ->
          !report.redFlags().isEmpty() || report.redFlagsNotChecked();
      case SUMMARY, CAUSES, NOTE -> true;
      case CONDITIONS -> !report.conditions().isEmpty();
      case WHAT_TO_DO -> !report.recommendationGroups().isEmpty();
      case SEE_A_DOCTOR -> !report.referrals().isEmpty();
      case OPEN_QUESTIONS -> !report.openQuestions().isEmpty();
    };
  }

  /** The sections {@code report} has, in order. */
  public static List<ReportSection> of(Report report) {
    return Arrays.stream(values()).filter(s -> s.isIn(report)).toList();
  }
}
