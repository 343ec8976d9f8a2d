package dev.heavylegs.kbase;

import java.util.List;
import java.util.Set;

/**
 * A rule's conditions as a tree, read from its source: what must hold for the rule to fire.
 * Question selection walks this tree to tell which rules can still fire and which answers they
 * still need.
 */
public sealed interface RuleCondition {

  /**
   * An {@code Answer( question == "q", ... )} pattern: holds when some answer to {@code question}
   * meets every constraint.
   *
   * @param constraints the constraints besides the question id, as written (e.g. {@code number >
   *     5})
   */
  record AnswerPattern(String question, List<String> constraints) implements RuleCondition {
    public AnswerPattern {
      constraints = List.copyOf(constraints);
    }
  }

  /** A pattern on a conclusion, e.g. {@code Condition( id == "hot-conditions" )}. */
  record ConclusionPattern(ConclusionRef conclusion) implements RuleCondition {}

  /** {@code not ( ... )}: holds when its condition does not. */
  record Not(RuleCondition condition) implements RuleCondition {}

  /** Conditions that must all hold (a rule's top level, {@code and}, {@code exists}). */
  record All(List<RuleCondition> conditions) implements RuleCondition {
    public All {
      conditions = List.copyOf(conditions);
    }
  }

  /** {@code or}: holds when one of its conditions does. */
  record Any(List<RuleCondition> conditions) implements RuleCondition {
    public Any {
      conditions = List.copyOf(conditions);
    }
  }

  /**
   * A condition this reading cannot evaluate (accumulate, from, eval, forall...): only the
   * questions and conclusions it mentions are known.
   */
  record Opaque(Set<String> questions, Set<ConclusionRef> conclusions) implements RuleCondition {
    public Opaque {
      questions = Set.copyOf(questions);
      conclusions = Set.copyOf(conclusions);
    }
  }
}
