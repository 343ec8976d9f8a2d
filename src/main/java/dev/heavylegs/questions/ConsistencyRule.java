package dev.heavylegs.questions;

import dev.heavylegs.facts.Answer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A limit that answers to numeric questions must keep together, as experts write it in {@code
 * questions.yaml} under {@code consistency:}: the sum (each answer times its factor) or the product
 * of the answers is at most a bound. Runs a week plus twice the rest days a week is at most 14,
 * say. Nothing is evaluated but this arithmetic.
 *
 * @param combination how the answers are combined
 * @param terms the questions, each with its factor (1 unless written), in the order written
 * @param atMost the bound the combination may not pass
 * @param message why the answers cannot both hold, in a runner's words
 */
public record ConsistencyRule(
    Combination combination, Map<String, Double> terms, double atMost, String message) {

  /** How the answers of a rule are combined. */
  public enum Combination {
    SUM,
    PRODUCT;

    /** The key in {@code questions.yaml}: {@code sum} or {@code product}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ConsistencyRule {
    Objects.requireNonNull(combination, "combination");
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    message = message == null ? "" : message.strip();
  }

  /** Answers that break a rule, and what to tell the runner. */
  public record Violation(ConsistencyRule rule, Map<String, String> shownAnswers) {

    /** The question ids involved, in the rule's order. */
    public List<String> questionIds() {
      return new ArrayList<>(shownAnswers.keySet());
    }

    /**
     * One line naming every answer involved, as in {@code runs-per-week = 6 runs a week and
     * rest-days-per-week = 7 days a week do not fit together: ...}.
     */
    public String describe() {
      String answers =
          shownAnswers.entrySet().stream()
              .map(e -> e.getKey() + " = " + e.getValue())
              .collect(Collectors.joining(" and "));
      return answers + " do not fit together: " + rule.message();
    }
  }

  /**
   * The violation when every question of this rule is answered with a number in {@code answers} and
   * the combination passes the bound; empty otherwise (an unanswered question cannot conflict).
   */
  public Optional<Violation> check(Map<String, GivenAnswer> answers, QuestionCatalogue catalogue) {
    double total = combination == Combination.SUM ? 0 : 1;
    Map<String, String> shown = new LinkedHashMap<>();
    for (Map.Entry<String, Double> term : terms.entrySet()) {
      if (!(answers.get(term.getKey()) instanceof GivenAnswer.Number number)) {
        return Optional.empty();
      }
      double value = number.value() * term.getValue();
      total = combination == Combination.SUM ? total + value : total * value;
      String typed = Answer.formatNumber(number.value());
      shown.put(
          term.getKey(), catalogue.find(term.getKey()).map(q -> q.withUnit(typed)).orElse(typed));
    }
    return total > atMost + 1e-9 ? Optional.of(new Violation(this, shown)) : Optional.empty();
  }
}
