package dev.heavylegs.serve;

import dev.heavylegs.facts.Conclusion;
import dev.heavylegs.interview.dialogue.InterviewText;
import dev.heavylegs.interview.outcome.OutcomeDiff;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Question;
import dev.heavylegs.relevance.RuleAssessment;
import dev.heavylegs.report.Report;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of the prompt commands {@code how}, {@code whynot} and {@code whatif}, made from the
 * same public pieces the interview uses ({@link InterviewText}). The interview's own classes for
 * them ({@code ConclusionQuestions}, {@code WhatIf}) are package-private and take typed command
 * lines; what they share with this class could move to {@code interview.dialogue} later.
 */
final class ConclusionTexts {

  private final KnowledgeBase knowledgeBase;
  private final InterviewText text;

  ConclusionTexts(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
    this.text = new InterviewText(knowledgeBase);
  }

  /**
   * The conclusion {@code target} names: {@code <id>} (a cause before a condition of the same id)
   * or {@code <kind> <id>}, as at the prompt.
   */
  Optional<ConclusionRef> named(String target) {
    String[] words = target.trim().split("\\s+");
    String id = words[words.length - 1];
    String kind = words.length > 1 ? words[0].toLowerCase(Locale.ROOT) : null;
    return knowledgeBase.rules().all().stream()
        .flatMap(r -> r.conclusionsMade().stream())
        .filter(c -> c.id().equals(id) && (kind == null || c.kind().label().equals(kind)))
        .min(Comparator.comparing(c -> c.kind() != Conclusion.Kind.CAUSE));
  }

  /** What {@code how} prints for a conclusion reached. */
  String how(Report.Explained item) {
    return text.how(item);
  }

  /** What {@code whynot} prints for a conclusion not reached. */
  String whyNot(ConclusionRef ref, RuleAssessment open) {
    return text.whyNot(ref, open);
  }

  /** What {@code why} prints at a question. */
  String why(Question question, RuleAssessment open) {
    return text.why(question, open);
  }

  /** What {@code why} prints at a question, in one plain sentence. */
  String whyShort(Question question, RuleAssessment open) {
    return text.whyShort(question, open);
  }

  /** An answer as the prompt shows it. */
  String shown(Question question, dev.heavylegs.questions.GivenAnswer answer) {
    return text.shown(question, answer);
  }

  /**
   * What {@code whatif} prints: what was supposed, what would change, and the questions the
   * supposed answers would bring up.
   */
  String whatIf(String supposed, List<OutcomeDiff.Change> changes, List<Question> wouldAsk) {
    return text.whatIf(supposed, changes, wouldAsk);
  }
}
