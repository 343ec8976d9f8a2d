package dev.heavylegs.interview.dialogue;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.facts.Conclusion;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleCondition;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.questions.Question;
import dev.heavylegs.relevance.AnswerConstraint;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The choices of a question that can raise a referral, decided on the referral rules' parsed
 * conditions: a choice is safety-relevant when, as an answer, it meets an {@code Answer} pattern on
 * that question which the rule needs to hold (not one under {@code not}, which can only keep the
 * referral away). A constraint the reading cannot evaluate, or a condition it cannot read at all,
 * counts every choice: a partial match is then asked back, the safe side.
 */
final class SafetyRelevantChoices {

  private final Question question;
  private final Set<String> relevant = new LinkedHashSet<>();

  private SafetyRelevantChoices(Question question) {
    this.question = question;
  }

  /** The choices of {@code question} that a partial match may not settle alone. */
  static Set<String> of(KnowledgeBase knowledgeBase, Question question) {
    SafetyRelevantChoices found = new SafetyRelevantChoices(question);
    if (!question.choices().isEmpty()) {
      for (RuleInfo rule : knowledgeBase.rules().reading(question.id())) {
        if (rule.concludes(Conclusion.Kind.REFERRAL)) {
          found.walk(rule.conditions(), true);
        }
      }
    }
    return Set.copyOf(found.relevant);
  }

  /** Collects the choices that help {@code condition} hold ({@code positive}) for the rule. */
  private void walk(RuleCondition condition, boolean positive) {
    if (condition instanceof RuleCondition.AnswerPattern pattern) {
      if (positive && pattern.question().equals(question.id())) {
        question.choices().keySet().stream().filter(c -> meets(pattern, c)).forEach(relevant::add);
      }
    } else if (condition instanceof RuleCondition.Not not) {
      walk(not.condition(), !positive);
    } else if (condition instanceof RuleCondition.All all) {
      all.conditions().forEach(c -> walk(c, positive));
    } else if (condition instanceof RuleCondition.Any any) {
      any.conditions().forEach(c -> walk(c, positive));
    } else if (condition instanceof RuleCondition.Opaque opaque
        && opaque.questions().contains(question.id())) {
      relevant.addAll(question.choices().keySet());
    }
  }

  /** True unless some constraint of {@code pattern} is known not to hold for {@code choice}. */
  private boolean meets(RuleCondition.AnswerPattern pattern, String choice) {
    Answer answer = Answer.of(question.id(), choice);
    return pattern.constraints().stream()
        .map(constraint -> AnswerConstraint.holds(constraint, answer))
        .allMatch(holds -> holds.orElse(true));
  }
}
