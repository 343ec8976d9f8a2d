package dev.heavylegs.relevance;

import dev.heavylegs.facts.Conclusion;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.questions.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which the open questions are worth asking: first those a red-flag rule that can
 * still fire waits for, then by how much their answer can still decide, catalogue order breaking
 * ties.
 *
 * <p>What an answer can decide is read off the rules waiting for the question: each counts by what
 * it would conclude (a cause by the rule's weight and the strength the cause can still reach, a
 * condition by the open rules that build on it, a routine referral or a recommendation a little),
 * divided by the number of open questions the rule still waits for, since an answer to the last one
 * decides the rule, while an answer to one of five rarely does.
 */
final class QuestionPriority {

  private static final double RECOMMENDATION = 0.5;
  private static final double ROUTINE_REFERRAL = 2;

  private final RuleAssessment open;
  private final RuleIndex rules;
  private final Map<String, List<RuleInfo>> waiting;
  private final Map<RuleInfo, Integer> openQuestionCount = new HashMap<>();
  private final Map<ConclusionRef, Double> causeReach = new HashMap<>();
  private final Map<ConclusionRef, Double> conditionValue = new HashMap<>();
  private final Set<ConclusionRef> valuing =
      new HashSet<>(); // guards against a cycle of conditions

  QuestionPriority(RuleAssessment open, RuleIndex rules, Map<String, List<RuleInfo>> waiting) {
    this.open = open;
    this.rules = rules;
    this.waiting = waiting;
    waiting.values().stream()
        .flatMap(List::stream)
        .forEach(rule -> openQuestionCount.merge(rule, 1, Integer::sum));
  }

  /** {@code questions} (those that matter, in catalogue order), most worth asking first. */
  List<Question> ordered(List<Question> questions) {
    record Ranked(Question question, boolean screening, double score, int catalogueOrder) {}
    List<Ranked> ranked = new ArrayList<>(questions.size());
    for (Question question : questions) {
      ranked.add(
          new Ranked(
              question,
              open.screensForRedFlags(question.id()),
              score(question.id()),
              ranked.size()));
    }
    ranked.sort(
        Comparator.comparing((Ranked r) -> !r.screening())
            .thenComparing(r -> -r.score())
            .thenComparingInt(Ranked::catalogueOrder));
    return ranked.stream().map(Ranked::question).toList();
  }

  private double score(String questionId) {
    double score = 0;
    for (RuleInfo rule : waiting.getOrDefault(questionId, List.of())) {
      score += value(rule) / openQuestionCount.getOrDefault(rule, 1);
    }
    return score;
  }

  /** What firing {@code rule} would add to the conclusions. */
  private double value(RuleInfo rule) {
    double value = 0;
    for (ConclusionRef made : rule.conclusionsMade()) {
      value +=
          switch (made.kind()) {
            case CAUSE -> rule.weight().orElse(1) * (1 + reach(made));
            case CONDITION -> conditionValue(made);
            case RECOMMENDATION -> RECOMMENDATION;
            case REFERRAL -> ROUTINE_REFERRAL;
          };
    }
    return value;
  }

  /** The strength {@code cause} can still reach: the weights of the rules making it not failed. */
  private double reach(ConclusionRef cause) {
    return causeReach.computeIfAbsent(
        cause,
        c -> {
          double sum = 0;
          for (RuleInfo maker : rules.makersOf(c)) { // in file order, as the sum always was
            if (open.truthOf(maker) != Truth.FALSE) {
              sum += maker.weight().orElse(1);
            }
          }
          return sum;
        });
  }

  /** What the open rules that read {@code condition} would add, once it holds. */
  private double conditionValue(ConclusionRef condition) {
    Double known = conditionValue.get(condition);
    if (known != null) {
      return known;
    }
    if (!valuing.add(condition)) {
      return 0;
    }
    double value = 0;
    for (RuleInfo reader : rules.readersOf(condition)) {
      if (open.truthOf(reader) == Truth.OPEN
          && reader.conclusionsMade().stream()
              .noneMatch(c -> c.kind() == Conclusion.Kind.CONDITION && c.equals(condition))) {
        value += value(reader);
      }
    }
    valuing.remove(condition);
    conditionValue.put(condition, value);
    return value;
  }
}
