package dev.heavylegs.authoring;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleCondition;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionType;
import dev.heavylegs.relevance.AnswerConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proves that a rule can never fire because its conditions ask one yes/no or choice question for
 * answers that cannot all be given at once: {@code usual-effort == "easy"} together with {@code
 * hard-training}, which only {@code usual-effort == "hard"} makes. Only such contradictions are
 * claimed: numbers, lists of choices, {@code not}s, and what rules the checks cannot read make
 * count as possible, so a warning is never a guess.
 */
final class ChoiceContradictions {

  /** One way a rule's conditions can hold: for each choice question, the answers allowed. */
  private record Way(Map<String, Set<String>> allowed) {
    static final Way ANY = new Way(Map.of());

    /** Both ways at once, or empty when a question would need two answers. */
    Optional<Way> and(Way other) {
      Map<String, Set<String>> both = new HashMap<>(allowed);
      for (Map.Entry<String, Set<String>> entry : other.allowed.entrySet()) {
        Set<String> values = new LinkedHashSet<>(entry.getValue());
        if (both.containsKey(entry.getKey())) {
          values.retainAll(both.get(entry.getKey()));
        }
        if (values.isEmpty()) {
          return Optional.empty();
        }
        both.put(entry.getKey(), values);
      }
      return Optional.of(new Way(both));
    }
  }

  /** Past this many ways of meeting a rule, it is counted as possible: no proof, no warning. */
  private static final int MAX_WAYS = 64;

  private final KnowledgeBase knowledgeBase;

  ChoiceContradictions(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  /** True when no answers can make {@code rule} fire, proven on its choice questions. */
  boolean neverFires(RuleInfo rule) {
    return ways(rule.conditions(), new HashSet<>()).isEmpty();
  }

  private List<Way> ways(RuleCondition condition, Set<ConclusionRef> visiting) {
    if (condition instanceof RuleCondition.All all) {
      List<Way> ways = List.of(Way.ANY);
      for (RuleCondition part : all.conditions()) {
        List<Way> next = new ArrayList<>();
        for (Way way : ways) {
          for (Way partWay : ways(part, visiting)) {
            way.and(partWay).ifPresent(next::add);
          }
        }
        if (next.size() > MAX_WAYS) {
          return List.of(Way.ANY);
        }
        ways = next;
      }
      return ways;
    }
    if (condition instanceof RuleCondition.Any any) {
      List<Way> ways = new ArrayList<>();
      any.conditions().forEach(branch -> ways.addAll(ways(branch, visiting)));
      return ways.size() > MAX_WAYS ? List.of(Way.ANY) : ways;
    }
    if (condition instanceof RuleCondition.AnswerPattern pattern) {
      return List.of(answerWay(pattern));
    }
    if (condition instanceof RuleCondition.ConclusionPattern pattern) {
      return conclusionWays(pattern.conclusion(), visiting);
    }
    return List.of(Way.ANY); // a not, or what this cannot read: possible
  }

  private Way answerWay(RuleCondition.AnswerPattern pattern) {
    Optional<Question> question = knowledgeBase.questions().find(pattern.question());
    boolean choice =
        question.isPresent()
            && (question.get().type() == QuestionType.CHOICE
                || question.get().type() == QuestionType.BOOLEAN);
    if (!choice || pattern.constraints().stream().anyMatch(c -> c.contains("$"))) {
      return Way.ANY;
    }
    List<String> values =
        question.get().type() == QuestionType.BOOLEAN
            ? List.of("yes", "no")
            : List.copyOf(question.get().choices().keySet());
    Set<String> allowed = new LinkedHashSet<>();
    for (String value : values) {
      Answer fact = Answer.of(pattern.question(), value);
      // a constraint this cannot judge counts as met
      if (pattern.constraints().stream()
          .allMatch(c -> AnswerConstraint.holds(c, fact).orElse(true))) {
        allowed.add(value);
      }
    }
    return new Way(Map.of(pattern.question(), allowed));
  }

  private List<Way> conclusionWays(ConclusionRef conclusion, Set<ConclusionRef> visiting) {
    List<RuleInfo> makers = knowledgeBase.rules().makersOf(conclusion);
    if (makers.isEmpty() || !visiting.add(conclusion)) {
      return List.of(Way.ANY); // another check reports a conclusion no rule makes; a loop: possible
    }
    try {
      List<Way> ways = new ArrayList<>();
      for (RuleInfo maker : makers) {
        if (Reachability.hasOpaque(maker.conditions())
            || maker.answerTests().stream().anyMatch(t -> t.expression().contains("$"))) {
          return List.of(Way.ANY);
        }
        ways.addAll(ways(maker.conditions(), visiting));
      }
      return ways.size() > MAX_WAYS ? List.of(Way.ANY) : ways;
    } finally {
      visiting.remove(conclusion);
    }
  }
}
