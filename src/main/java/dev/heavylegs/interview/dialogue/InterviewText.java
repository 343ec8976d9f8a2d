package dev.heavylegs.interview.dialogue;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.interview.outcome.OutcomeDiff;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.questions.ConsistencyRule;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionType;
import dev.heavylegs.questions.TypedAnswerParser;
import dev.heavylegs.relevance.RuleAssessment;
import dev.heavylegs.relevance.Truth;
import dev.heavylegs.relevance.WhyNot;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.write.TextReportWriter;
import dev.heavylegs.report.write.TextWrap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the interview shows at the prompt: questions, help, why a question is asked, why a cause was
 * not concluded, the status so far. Every word about the runner's situation comes from the
 * knowledge base (prompts, help, titles, advice, rule names); this class only arranges it.
 */
public final class InterviewText {

  private final KnowledgeBase knowledgeBase;

  public InterviewText(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  /**
   * A question as asked, after {@code label} ("3." or "Change:"), with its choices and what it
   * takes.
   */
  public String question(String label, Question question) {
    StringBuilder text =
        new StringBuilder("\n")
            .append(label)
            .append(' ')
            .append(question.prompt())
            .append("  [")
            .append(question.id())
            .append("]\n");
    if (question.type() == QuestionType.CHOICE || question.type() == QuestionType.MULTI_CHOICE) {
      int i = 1;
      for (var choice : question.choices().entrySet()) {
        text.append(String.format("   %2d) %-24s %s%n", i++, choice.getKey(), choice.getValue()));
      }
    }
    text.append(
        wrapped(
            "(" + TypedAnswerParser.allowed(question) + "; not sure if you don't know; ? for help)",
            "   "));
    return text.toString();
  }

  public String help(Question question) {
    return wrapped(question.help(), "")
        + "\nAnswer with "
        + TypedAnswerParser.allowed(question)
        + ".\n"
        + PromptCommand.SUMMARY;
  }

  private static final String SCREENS_RED_FLAGS =
      "This question screens for red flags: symptoms that need a doctor first.";

  /**
   * What {@link #why} says in one plain sentence, for a page: that the question screens for red
   * flags, or the conclusions it can still lead to, without the rules.
   */
  public String whyShort(Question question, RuleAssessment open) {
    List<RuleInfo> rules = open.rulesWaitingFor(question.id());
    if (rules.isEmpty()) {
      return why(question, open);
    }
    if (rules.stream().anyMatch(RuleInfo::raisesRedFlag)) {
      return SCREENS_RED_FLAGS;
    }
    String conclusions =
        rules.stream()
            .flatMap(r -> r.conclusionsMade().stream())
            .map(r -> r.kind().label() + " " + title(r))
            .distinct()
            .collect(Collectors.joining(", "));
    return "Your answer to this question can still lead to: " + conclusions + ".";
  }

  /** Which conclusions {@code question} can still lead to, and the rules that need it. */
  public String why(Question question, RuleAssessment open) {
    List<RuleInfo> rules = open.rulesWaitingFor(question.id());
    if (rules.isEmpty()) {
      return "No rule that can still fire needs " + question.id() + " any more.";
    }
    StringBuilder text = new StringBuilder();
    if (rules.stream().anyMatch(RuleInfo::raisesRedFlag)) {
      text.append(SCREENS_RED_FLAGS).append('\n');
    }
    text.append("Your answer to ").append(question.id()).append(" can still lead to:\n");
    for (RuleInfo rule : rules) {
      text.append("  - ")
          .append(titles(rule.conclusionsMade()))
          .append('\n')
          .append("      rule ")
          .append(rule.reference())
          .append('\n');
      String further =
          rule.conclusionsMade().stream()
              .flatMap(c -> leadsTo(c, open).stream())
              .distinct()
              .collect(Collectors.joining(", "));
      if (!further.isEmpty()) {
        text.append("      which in turn can lead to: ").append(further).append('\n');
      }
    }
    return text.toString().stripTrailing();
  }

  /** What rules that read {@code conclusion} and can still fire would conclude from it. */
  private List<String> leadsTo(ConclusionRef conclusion, RuleAssessment open) {
    return knowledgeBase.rules().all().stream()
        .filter(r -> r.conclusionsRead().contains(conclusion) && open.truthOf(r) != Truth.FALSE)
        .flatMap(r -> r.conclusionsMade().stream())
        .map(c -> c.kind().label() + " " + title(c))
        .distinct()
        .toList();
  }

  /** What stopped {@code ref} from being concluded: each rule that makes it, premise by premise. */
  public String whyNot(ConclusionRef ref, RuleAssessment open) {
    return new WhyNot(knowledgeBase).explain(ref, open);
  }

  /** The conclusions so far, strongest cause first, and how many questions are still open. */
  public String status(Report report, int openQuestions) {
    StringBuilder text = new StringBuilder("So far:\n");
    report
        .redFlags()
        .forEach(
            r ->
                text.append("  !! ")
                    .append(r.urgency().toUpperCase(Locale.ROOT))
                    .append(": ")
                    .append(r.title())
                    .append(" [")
                    .append(r.id())
                    .append("]\n"));
    if (report.causes().isEmpty()) {
      text.append("  no cause concluded yet\n");
    }
    int rank = 1;
    for (Report.CauseItem cause : report.causes()) {
      text.append("  ")
          .append(rank++)
          .append(". ")
          .append(cause.title())
          .append(" [")
          .append(cause.id())
          .append("], strength ")
          .append(cause.strength())
          .append('\n');
    }
    report
        .conditions()
        .forEach(
            c ->
                text.append("  condition: ")
                    .append(c.title())
                    .append(" [")
                    .append(c.id())
                    .append("]\n"));
    report
        .referrals()
        .forEach(
            r ->
                text.append("  referral (")
                    .append(r.urgency())
                    .append("): ")
                    .append(r.title())
                    .append(" [")
                    .append(r.id())
                    .append("]\n"));
    text.append("  ")
        .append(report.recommendations().size())
        .append(" recommendation(s); ")
        .append(openQuestions)
        .append(" question(s) still to ask");
    return text.toString();
  }

  public String how(Report.Explained item) {
    return item.title()
        + " ("
        + item.kind()
        + ")\n"
        + TextReportWriter.explanation(item.explanation()).stripTrailing();
  }

  /**
   * A red flag, the moment it is raised: a screen of its own, between rules, before any further
   * question.
   */
  public String redFlag(Report.ReferralItem flag) {
    String rule = "=".repeat(TextWrap.WIDTH);
    return "\n"
        + rule
        + "\n!! "
        + flag.urgency().toUpperCase(Locale.ROOT)
        + ": "
        + flag.title()
        + "\n"
        + wrapped(flag.reason(), "   ")
        + "\n"
        + wrapped("What to do: " + flag.advice(), "   ")
        + "\n"
        + rule;
  }

  /**
   * A red flag the runner already chose to go on past, recalled on resume in one line instead of
   * the screen that stops the interview.
   */
  public String redFlagReminder(Report.ReferralItem flag) {
    return "!! "
        + FlowMessages.RED_FLAG_RECALLED
        + flag.urgency().toUpperCase(Locale.ROOT)
        + ": "
        + flag.title()
        + FlowMessages.RED_FLAG_RECALLED_AFTER;
  }

  private static String wrapped(String prose, String indent) {
    return TextWrap.lines(prose.strip(), TextWrap.WIDTH - indent.length()).stream()
        .map(line -> indent + line)
        .collect(Collectors.joining("\n"));
  }

  public String differences(List<OutcomeDiff.Change> changes) {
    if (changes.isEmpty()) {
      return "No conclusion changed.";
    }
    return "What changed:\n"
        + changes.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
  }

  public String shown(Question question, GivenAnswer answer) {
    List<String> values = answer.facts(question.id()).stream().map(Answer::value).toList();
    if (answer instanceof GivenAnswer.Choices) {
      return values.isEmpty() ? "none" : String.join(", ", values);
    }
    return question.withUnit(values.get(0));
  }

  // --- Reading an answer: what is said back (AnswerReading) ---------------------------------

  /** What was recorded, in the words of the choices: "Recorded: strong thirst during or after". */
  String recorded(Question question, GivenAnswer answer, String typed) {
    String shown;
    if (answer instanceof GivenAnswer.Choices choices) {
      shown =
          choices.values().isEmpty()
              ? "none of these"
              : choices.values().stream()
                  .map(c -> question.choices().get(c))
                  .collect(Collectors.joining("; "));
    } else if (answer instanceof GivenAnswer.Choice choice) {
      shown = question.choices().get(choice.value());
    } else if (answer instanceof GivenAnswer.Number number) {
      String value = Answer.formatNumber(number.value());
      // "3 weeks" converted to months is said back as typed, with what it became
      shown =
          typed.strip().startsWith(value)
              ? question.withUnit(value)
              : typed.strip()
                  + " ("
                  + question.withUnit(Answer.formatNumber(Math.round(number.value() * 100) / 100.0))
                  + ")";
    } else {
      shown = shown(question, answer);
    }
    return wrapped("Recorded: " + shown, "  ");
  }

  String recordedUnknown() {
    return "  Recorded: you don't know.";
  }

  /** Enter alone, the first time at a question: never a silent unknown. */
  String blankOnce() {
    return "  Nothing typed. Type your answer, or press Enter again to leave this question"
        + " unknown.";
  }

  /** Unknown at a question a red-flag rule still waits for, the first time. */
  String redFlagUnknownCheck() {
    return "  This question screens for symptoms that need a doctor. Please answer it"
        + " (none if you have none of them); press Enter again only if you really cannot.";
  }

  String notRecorded() {
    return "  Nothing recorded yet; please answer again.";
  }

  /** Words that could mean several choices, or partly name a safety-relevant one. */
  String askBack(Question question, String typed, List<String> candidates) {
    StringBuilder text =
        new StringBuilder("  \"")
            .append(typed)
            .append(
                candidates.size() == 1
                    ? "\" could mean this choice:\n"
                    : "\" could mean more than one choice:\n");
    int i = 1;
    for (String candidate : candidates) {
      text.append(
          String.format("   %2d) %-24s %s%n", i++, candidate, question.choices().get(candidate)));
    }
    text.append(
        candidates.size() == 1
            ? "  Type 1 if it is, or Enter to answer again."
            : question.type() == QuestionType.MULTI_CHOICE
                ? "  Which? Type its number (several: 1, 2), or Enter to answer again."
                : "  Which? Type its number, or Enter to answer again.");
    return text.toString();
  }

  String didYouMean(Question question, String typed, String choice) {
    return "  \""
        + typed
        + "\" is not one of the choices. Did you mean "
        + choice
        + " ("
        + question.choices().get(choice)
        + ")? Type y if so.";
  }

  /** An answer that does not fit an earlier one: both named, and how to correct either. */
  String inconsistent(ConsistencyRule.Violation violation, String asked) {
    List<String> others = violation.questionIds().stream().filter(id -> !id.equals(asked)).toList();
    return wrapped(
        "Not recorded: "
            + violation.describe()
            + ". Type another answer, or change "
            + String.join(" or change ", others)
            + " if that answer was wrong.",
        "  ");
  }

  public String title(ConclusionRef ref) {
    return knowledgeBase.wording().titleOf(ref);
  }

  private String titles(List<ConclusionRef> refs) {
    return refs.stream()
        .map(r -> r.kind().label() + " " + title(r))
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /**
   * What {@code whatif} prints: what was supposed, what would change, and the questions the
   * supposed answers would bring up.
   */
  public String whatIf(String supposed, List<OutcomeDiff.Change> changes, List<Question> wouldAsk) {
    StringBuilder shown =
        new StringBuilder("What if ")
            .append(supposed)
            .append(" (a what-if: your answers stay as they are)\n")
            .append(differences(changes));
    if (!wouldAsk.isEmpty()) {
      shown
          .append("\nIt would also bring up ")
          .append(wouldAsk.size())
          .append(" question(s) to answer: ")
          .append(wouldAsk.stream().map(Question::id).collect(Collectors.joining(", ")));
    }
    return shown.toString();
  }
}
