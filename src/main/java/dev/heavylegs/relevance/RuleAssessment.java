package dev.heavylegs.relevance;

import dev.heavylegs.engine.Inference;
import dev.heavylegs.explain.Derivation;
import dev.heavylegs.facts.Answer;
import dev.heavylegs.facts.Urgency;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleCondition;
import dev.heavylegs.kbase.RuleCondition.All;
import dev.heavylegs.kbase.RuleCondition.AnswerPattern;
import dev.heavylegs.kbase.RuleCondition.Any;
import dev.heavylegs.kbase.RuleCondition.ConclusionPattern;
import dev.heavylegs.kbase.RuleCondition.Not;
import dev.heavylegs.kbase.RuleCondition.Opaque;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which rules can still fire, which are decided, and which unanswered questions they still need,
 * given the answers so far. Read from the rules' conditions, so a question an expert adds is asked
 * as soon as a rule that can still fire reads it.
 *
 * <p>A question counts as settled once it is answered or the runner said they do not know; an
 * unsettled question leaves every condition on it open. A rule is decided when its conditions are;
 * where this reading cannot evaluate a condition, a rule whose inputs are all settled takes the
 * engine's verdict (it fired or it did not).
 *
 * <p>An assessment is made for one step of one consultation and used on that thread: some of what
 * it reads off the rules is worked out on first use and kept, unsynchronised.
 */
public final class RuleAssessment {

  private final KnowledgeBase knowledgeBase;
  private final Answers answers;
  private final Set<RuleInfo> fired;
  private final Map<RuleInfo, Truth> ruleTruth = new HashMap<>();
  private final Map<ConclusionRef, Truth> conclusionTruth = new HashMap<>();
  // Made once: evaluate runs for every rule in every round of settle().
  private final Function<AnswerPattern, Truth> answersAsTheyStand = this::answerPattern;
  private final Function<ConclusionRef, Truth> conclusionsAsTheyStand = this::truthOf;
  private Map<String, List<RuleInfo>> waitingRules; // made on first use, see waitingRules()
  private Map<ConclusionRef, Urgency> certainUrgency; // made on first use, see certainAtLeast()
  private List<Question> questionsThatMatter; // made on first use

  /**
   * Assesses the rules of {@code knowledgeBase} against {@code answers} and what they concluded.
   */
  public RuleAssessment(KnowledgeBase knowledgeBase, Answers answers, Inference inference) {
    this.knowledgeBase = knowledgeBase;
    this.answers = answers;
    this.fired =
        inference.all().values().stream()
            .flatMap(List::stream)
            .map(Derivation::rule)
            .collect(Collectors.toSet());
    settle();
  }

  /**
   * The questions that can still change a conclusion, the one most worth asking first: red-flag
   * screening, then by what the answer can still decide ({@link QuestionPriority}). Made once per
   * assessment.
   */
  public List<Question> questionsThatMatter() {
    if (questionsThatMatter == null) {
      Map<String, List<RuleInfo>> waiting = waitingRules();
      List<Question> open =
          knowledgeBase.questions().all().stream()
              .filter(q -> waiting.containsKey(q.id()))
              .toList();
      questionsThatMatter =
          new QuestionPriority(this, knowledgeBase.rules().all(), waiting).ordered(open);
    }
    return questionsThatMatter;
  }

  /**
   * The same questions, red-flag screening first, then in the order of the catalogue: for scripts,
   * which give their answers in that order.
   */
  public List<Question> questionsInCatalogueOrder() {
    Map<String, List<RuleInfo>> waiting = waitingRules();
    List<Question> open =
        knowledgeBase.questions().all().stream().filter(q -> waiting.containsKey(q.id())).toList();
    List<Question> ordered = new ArrayList<>();
    open.stream().filter(q -> screensForRedFlags(q.id())).forEach(ordered::add);
    open.stream().filter(q -> !screensForRedFlags(q.id())).forEach(ordered::add);
    return ordered;
  }

  /** Whether a rule that can still raise a red flag waits for an answer to {@code questionId}. */
  public boolean screensForRedFlags(String questionId) {
    return rulesWaitingFor(questionId).stream().anyMatch(RuleInfo::raisesRedFlag);
  }

  /** The rules that can still fire and wait for an answer to {@code questionId}. */
  public List<RuleInfo> rulesWaitingFor(String questionId) {
    return waitingRules().getOrDefault(questionId, List.of());
  }

  /**
   * For each unsettled question, the rules that matter and wait for it, in rule order. Made once
   * per assessment: an interview step and a report ask about every question.
   */
  private Map<String, List<RuleInfo>> waitingRules() {
    if (waitingRules == null) {
      Map<String, List<RuleInfo>> waiting = new LinkedHashMap<>();
      for (RuleInfo rule : knowledgeBase.rules().all()) {
        if (matters(rule)) {
          openQuestions(rule.conditions())
              .forEach(q -> waiting.computeIfAbsent(q, k -> new ArrayList<>()).add(rule));
        }
      }
      waiting.replaceAll((question, rules) -> List.copyOf(rules)); // callers get them read-only
      waitingRules = waiting;
    }
    return waitingRules;
  }

  /** Whether {@code rule} holds, cannot hold, or still depends on answers to come. */
  public Truth truthOf(RuleInfo rule) {
    return ruleTruth.getOrDefault(rule, Truth.OPEN);
  }

  /** Whether {@code condition} of a rule holds given the answers so far. */
  public Truth truthOf(RuleCondition condition) {
    return evaluate(condition);
  }

  /** Whether {@code conclusion} holds for good, can no longer be reached, or may still come. */
  public Truth truthOf(ConclusionRef conclusion) {
    return conclusionTruth.getOrDefault(conclusion, Truth.FALSE);
  }

  /**
   * Whether some rule reading {@code questionId} would not fail were that question unanswered, read
   * off this assessment where that is certain; empty when only a full what-if (a new assessment
   * without the answer) can tell.
   *
   * <p>Three-valued logic is monotone: taking an answer away can only turn truths into open. So a
   * rule reading the question that does not fail now would not fail without it either. For the
   * others: without the answer, the conditions on it become open, and only the conclusions
   * downstream of the question (made by rules that read it, or read such conclusions) can change.
   * Each rule reading the question is evaluated with those conclusions taken as open; a definite
   * result there is the rule's result in the what-if too, and an open one is certain when no
   * downstream conclusion was involved.
   */
  public Optional<Boolean> usableWithout(String questionId) {
    List<RuleInfo> reading = knowledgeBase.rules().reading(questionId);
    if (reading.stream().anyMatch(rule -> truthOf(rule) != Truth.FALSE)) {
      return Optional.of(true);
    }
    Set<ConclusionRef> downstream = knowledgeBase.rules().downstreamOf(questionId);
    boolean unsure = false;
    for (RuleInfo rule : reading) {
      if (!mentions(rule.conditions(), questionId)) {
        return Optional.empty(); // read some way this reading does not see: let the what-if decide
      }
      boolean[] guessed = {false};
      Truth truth =
          evaluate(
              rule.conditions(),
              pattern ->
                  pattern.question().equals(questionId) ? Truth.OPEN : answerPattern(pattern),
              conclusion -> {
                if (downstream.contains(conclusion)) {
                  guessed[0] = true;
                  return Truth.OPEN;
                }
                return truthOf(conclusion);
              });
      if (truth == Truth.FALSE) {
        continue;
      }
      if (truth == Truth.TRUE || !guessed[0]) {
        return Optional.of(true);
      }
      unsure = true;
    }
    return unsure ? Optional.empty() : Optional.of(false);
  }

  /**
   * True when {@code condition} reads {@code questionId} somewhere (an answer pattern or an opaque
   * part).
   */
  private static boolean mentions(RuleCondition condition, String questionId) {
    if (condition instanceof AnswerPattern pattern) {
      return pattern.question().equals(questionId);
    } else if (condition instanceof Not not) {
      return mentions(not.condition(), questionId);
    } else if (condition instanceof All all) {
      return all.conditions().stream().anyMatch(c -> mentions(c, questionId));
    } else if (condition instanceof Any any) {
      return any.conditions().stream().anyMatch(c -> mentions(c, questionId));
    } else if (condition instanceof Opaque opaque) {
      return opaque.questions().contains(questionId);
    }
    return false;
  }

  /** The answer facts given to {@code questionId}; empty when unanswered or unknown. */
  public List<Answer> factsOf(String questionId) {
    return answers.get(questionId).map(a -> a.facts(questionId)).orElse(List.of());
  }

  /** True when the runner answered {@code questionId} (possibly with no choice), not "unknown". */
  public boolean isAnswered(String questionId) {
    return answers.get(questionId).isPresent();
  }

  /** True once the runner answered {@code questionId} or said they do not know. */
  public boolean isSettled(String questionId) {
    return answers.get(questionId).isPresent() || answers.unknown().contains(questionId);
  }

  /**
   * A rule matters while it can still fire and firing would change something: a conclusion not yet
   * certain, the strength of a cause (weighted rules add to it), or the urgency of a referral (a
   * rule that would make an urgent referral an emergency matters even once it is urgent).
   */
  private boolean matters(RuleInfo rule) {
    if (truthOf(rule) != Truth.OPEN) {
      return false;
    }
    return rule.weight().isPresent()
        || rule.conclusionsMade().stream().anyMatch(c -> truthOf(c) != Truth.TRUE)
        || rule.urgency().filter(u -> !certainAtLeast(rule.conclusionsMade(), u)).isPresent();
  }

  /**
   * True when a rule that certainly holds makes one of {@code referrals} at {@code urgency} or
   * more.
   */
  private boolean certainAtLeast(List<ConclusionRef> referrals, Urgency urgency) {
    if (certainUrgency == null) {
      // For each referral, the most pressing urgency a rule that certainly holds gives it.
      certainUrgency = new HashMap<>();
      for (RuleInfo rule : knowledgeBase.rules().all()) {
        if (truthOf(rule) == Truth.TRUE && rule.urgency().isPresent()) {
          Urgency given = rule.urgency().get();
          rule.conclusionsMade()
              .forEach(c -> certainUrgency.merge(c, given, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        }
      }
    }
    return referrals.stream()
        .map(certainUrgency::get)
        .anyMatch(certain -> certain != null && certain.compareTo(urgency) <= 0);
  }

  /** Fixpoint over the stages: a conclusion's truth follows from the rules that make it. */
  private void settle() {
    Map<ConclusionRef, List<RuleInfo>> makers = new HashMap<>();
    for (RuleInfo rule : knowledgeBase.rules().all()) {
      rule.conclusionsMade()
          .forEach(c -> makers.computeIfAbsent(c, k -> new ArrayList<>()).add(rule));
    }
    makers.keySet().forEach(c -> conclusionTruth.put(c, Truth.OPEN));
    int rounds = knowledgeBase.rules().all().size() + 1;
    boolean changed = true;
    while (changed && rounds-- > 0) {
      changed = false;
      for (RuleInfo rule : knowledgeBase.rules().all()) {
        Truth truth = ruleVerdict(rule);
        changed |= ruleTruth.put(rule, truth) != truth;
      }
      for (Map.Entry<ConclusionRef, List<RuleInfo>> entry : makers.entrySet()) {
        Truth truth = anyOf(entry.getValue().stream().map(this::truthOf).toList());
        changed |= conclusionTruth.put(entry.getKey(), truth) != truth;
      }
    }
  }

  private Truth ruleVerdict(RuleInfo rule) {
    Truth truth = evaluate(rule.conditions());
    if (truth == Truth.OPEN && inputsSettled(rule.conditions())) {
      return Truth.of(fired.contains(rule));
    }
    return truth;
  }

  private Truth evaluate(RuleCondition condition) {
    return evaluate(condition, answersAsTheyStand, conclusionsAsTheyStand);
  }

  /**
   * {@code condition} in three-valued logic, its answer patterns and conclusions judged by the
   * functions given: as they stand ({@link #evaluate(RuleCondition)}) or as in a what-if.
   */
  private static Truth evaluate(
      RuleCondition condition,
      Function<AnswerPattern, Truth> answered,
      Function<ConclusionRef, Truth> concluded) {
    if (condition instanceof AnswerPattern pattern) {
      return answered.apply(pattern);
    } else if (condition instanceof ConclusionPattern pattern) {
      return concluded.apply(pattern.conclusion());
    } else if (condition instanceof Not not) {
      return evaluate(not.condition(), answered, concluded).not();
    } else if (condition instanceof All all) {
      return allOf(all.conditions().stream().map(c -> evaluate(c, answered, concluded)).toList());
    } else if (condition instanceof Any any) {
      return anyOf(any.conditions().stream().map(c -> evaluate(c, answered, concluded)).toList());
    }
    return Truth.OPEN; // opaque: only the engine can tell
  }

  private Truth answerPattern(AnswerPattern pattern) {
    if (!isSettled(pattern.question())) {
      return Truth.OPEN;
    }
    boolean undecided = false;
    for (Answer fact : factsOf(pattern.question())) {
      Optional<Boolean> matches = Optional.of(true);
      for (String constraint : pattern.constraints()) {
        Optional<Boolean> holds = AnswerConstraint.holds(constraint, fact);
        if (holds.isEmpty()) {
          matches = Optional.empty();
        } else if (!holds.get()) {
          matches = Optional.of(false);
          break;
        }
      }
      if (matches.isEmpty()) {
        undecided = true;
      } else if (matches.get()) {
        return Truth.TRUE;
      }
    }
    return undecided ? Truth.OPEN : Truth.FALSE;
  }

  /** The unsettled questions under the parts of {@code condition} that are still open. */
  private Set<String> openQuestions(RuleCondition condition) {
    Set<String> questions = new LinkedHashSet<>();
    if (evaluate(condition) != Truth.OPEN) {
      return questions;
    }
    if (condition instanceof AnswerPattern pattern) {
      questions.add(pattern.question());
    } else if (condition instanceof Not not) {
      questions.addAll(openQuestions(not.condition()));
    } else if (condition instanceof All all) {
      all.conditions().forEach(c -> questions.addAll(openQuestions(c)));
    } else if (condition instanceof Any any) {
      any.conditions().forEach(c -> questions.addAll(openQuestions(c)));
    } else if (condition instanceof Opaque opaque) {
      opaque.questions().stream().filter(q -> !isSettled(q)).forEach(questions::add);
    }
    return questions; // a conclusion pattern waits on the rules that make it, not on a question
  }

  /** True when every question and conclusion {@code condition} mentions is decided. */
  private boolean inputsSettled(RuleCondition condition) {
    if (condition instanceof AnswerPattern pattern) {
      return isSettled(pattern.question());
    } else if (condition instanceof ConclusionPattern pattern) {
      return truthOf(pattern.conclusion()) != Truth.OPEN;
    } else if (condition instanceof Not not) {
      return inputsSettled(not.condition());
    } else if (condition instanceof All all) {
      return all.conditions().stream().allMatch(this::inputsSettled);
    } else if (condition instanceof Any any) {
      return any.conditions().stream().allMatch(this::inputsSettled);
    }
    Opaque opaque = (Opaque) condition;
    return opaque.questions().stream().allMatch(this::isSettled)
        && opaque.conclusions().stream().allMatch(c -> truthOf(c) != Truth.OPEN);
  }

  private static Truth allOf(List<Truth> truths) {
    if (truths.contains(Truth.FALSE)) {
      return Truth.FALSE;
    }
    return truths.contains(Truth.OPEN) ? Truth.OPEN : Truth.TRUE;
  }

  private static Truth anyOf(List<Truth> truths) {
    if (truths.contains(Truth.TRUE)) {
      return Truth.TRUE;
    }
    return truths.contains(Truth.OPEN) ? Truth.OPEN : Truth.FALSE;
  }
}
