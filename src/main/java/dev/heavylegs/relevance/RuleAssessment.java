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
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
  private final RuleIndex index;
  private final Answers answers;
  private final Set<RuleInfo> fired;
  // By position in the rule index (RuleIndex.positionOf): read for every rule in every round of
  // settle() and by the question priority.
  private final Truth[] ruleTruth;
  private final Map<ConclusionRef, Truth> conclusionTruth = new HashMap<>();
  // The answers do not change during an assessment, so each pattern is judged once.
  private final Map<AnswerPattern, Truth> patternTruth = new IdentityHashMap<>();
  private Map<String, List<RuleInfo>> waitingRules; // made on first use, see waitingRules()
  private Map<ConclusionRef, Urgency> certainUrgency; // made on first use, see certainAtLeast()
  private List<Question> questionsThatMatter; // made on first use

  /**
   * Assesses the rules of {@code knowledgeBase} against {@code answers} and what they concluded.
   */
  public RuleAssessment(KnowledgeBase knowledgeBase, Answers answers, Inference inference) {
    this.knowledgeBase = knowledgeBase;
    this.index = knowledgeBase.rules();
    this.answers = answers;
    this.ruleTruth = new Truth[index.list().size()];
    Arrays.fill(ruleTruth, Truth.OPEN);
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
      questionsThatMatter = new QuestionPriority(this, index, waiting).ordered(open);
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
    for (RuleInfo rule : rulesWaitingFor(questionId)) {
      if (rule.raisesRedFlag()) {
        return true;
      }
    }
    return false;
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
      for (RuleInfo rule : index.list()) {
        if (matters(rule)) {
          for (String question : openQuestions(rule.conditions())) {
            waiting.computeIfAbsent(question, k -> new ArrayList<>()).add(rule);
          }
        }
      }
      waiting.replaceAll((question, rules) -> List.copyOf(rules)); // callers get them read-only
      waitingRules = waiting;
    }
    return waitingRules;
  }

  /** Whether {@code rule} holds, cannot hold, or still depends on answers to come. */
  public Truth truthOf(RuleInfo rule) {
    int position = index.positionOf(rule);
    return position < 0 ? Truth.OPEN : ruleTruth[position];
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
          evaluateFully(
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
    if (rule.weight().isPresent()) {
      return true;
    }
    for (ConclusionRef made : rule.conclusionsMade()) {
      if (truthOf(made) != Truth.TRUE) {
        return true;
      }
    }
    return rule.urgency().filter(u -> !certainAtLeast(rule.conclusionsMade(), u)).isPresent();
  }

  /**
   * True when a rule that certainly holds makes one of {@code referrals} at {@code urgency} or
   * more.
   */
  private boolean certainAtLeast(List<ConclusionRef> referrals, Urgency urgency) {
    if (certainUrgency == null) {
      // For each referral, the most pressing urgency a rule that certainly holds gives it.
      certainUrgency = new HashMap<>();
      for (RuleInfo rule : index.list()) {
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
    Map<ConclusionRef, List<RuleInfo>> makers = index.makers();
    makers.keySet().forEach(c -> conclusionTruth.put(c, Truth.OPEN));
    List<RuleInfo> rules = index.list();
    int[] undecided = new int[rules.size()]; // positions of the rules still open
    int open = undecided.length;
    for (int i = 0; i < open; i++) {
      undecided[i] = i;
    }
    int rounds = rules.size() + 1;
    boolean changed = true;
    // Each round judges the rules on the conclusions of the round before, then every conclusion
    // on those rules, so the order within a round does not matter. A decided rule stays decided
    // (three-valued logic is monotone, and conclusions only go from open to decided), so only the
    // open ones are judged again.
    while (changed && rounds-- > 0) {
      changed = false;
      int stillOpen = 0;
      for (int k = 0; k < open; k++) {
        int i = undecided[k];
        Truth truth = ruleVerdict(rules.get(i));
        if (ruleTruth[i] != truth) {
          ruleTruth[i] = truth;
          changed = true;
        }
        if (truth == Truth.OPEN) {
          undecided[stillOpen++] = i;
        }
      }
      open = stillOpen;
      for (Map.Entry<ConclusionRef, List<RuleInfo>> entry : makers.entrySet()) {
        Truth truth = anyMaker(entry.getValue());
        changed |= conclusionTruth.put(entry.getKey(), truth) != truth;
      }
    }
  }

  /** A conclusion's truth: it holds when one of the rules making it does. */
  private Truth anyMaker(List<RuleInfo> makers) {
    boolean open = false;
    for (RuleInfo maker : makers) {
      Truth truth = truthOf(maker);
      if (truth == Truth.TRUE) {
        return Truth.TRUE;
      }
      open |= truth == Truth.OPEN;
    }
    return open ? Truth.OPEN : Truth.FALSE;
  }

  private Truth ruleVerdict(RuleInfo rule) {
    Truth truth = evaluate(rule.conditions());
    if (truth == Truth.OPEN && inputsSettled(rule.conditions())) {
      return Truth.of(fired.contains(rule));
    }
    return truth;
  }

  /**
   * {@code condition} in three-valued logic, its answer patterns and conclusions as they stand.
   * Stops at the first part that decides an {@code and} or an {@code or}: nothing here has side
   * effects, so the result is that of {@link #evaluateFully}.
   */
  private Truth evaluate(RuleCondition condition) {
    if (condition instanceof AnswerPattern pattern) {
      Truth known = patternTruth.get(pattern);
      if (known == null) {
        known = answerPattern(pattern);
        patternTruth.put(pattern, known);
      }
      return known;
    } else if (condition instanceof ConclusionPattern pattern) {
      return truthOf(pattern.conclusion());
    } else if (condition instanceof Not not) {
      return evaluate(not.condition()).not();
    } else if (condition instanceof All all) {
      boolean open = false;
      for (RuleCondition part : all.conditions()) {
        Truth truth = evaluate(part);
        if (truth == Truth.FALSE) {
          return Truth.FALSE;
        }
        open |= truth == Truth.OPEN;
      }
      return open ? Truth.OPEN : Truth.TRUE;
    } else if (condition instanceof Any any) {
      boolean open = false;
      for (RuleCondition part : any.conditions()) {
        Truth truth = evaluate(part);
        if (truth == Truth.TRUE) {
          return Truth.TRUE;
        }
        open |= truth == Truth.OPEN;
      }
      return open ? Truth.OPEN : Truth.FALSE;
    }
    return Truth.OPEN; // opaque: only the engine can tell
  }

  /**
   * {@code condition} in three-valued logic, its answer patterns and conclusions judged by the
   * functions given, every part of it (a what-if's functions note which conclusions they met).
   */
  private static Truth evaluateFully(
      RuleCondition condition,
      Function<AnswerPattern, Truth> answered,
      Function<ConclusionRef, Truth> concluded) {
    if (condition instanceof AnswerPattern pattern) {
      return answered.apply(pattern);
    } else if (condition instanceof ConclusionPattern pattern) {
      return concluded.apply(pattern.conclusion());
    } else if (condition instanceof Not not) {
      return evaluateFully(not.condition(), answered, concluded).not();
    } else if (condition instanceof All all) {
      return allOf(
          all.conditions().stream().map(c -> evaluateFully(c, answered, concluded)).toList());
    } else if (condition instanceof Any any) {
      return anyOf(
          any.conditions().stream().map(c -> evaluateFully(c, answered, concluded)).toList());
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
    addOpenQuestions(condition, questions);
    return questions;
  }

  private void addOpenQuestions(RuleCondition condition, Set<String> questions) {
    if (evaluate(condition) != Truth.OPEN) {
      return;
    }
    if (condition instanceof AnswerPattern pattern) {
      questions.add(pattern.question());
    } else if (condition instanceof Not not) {
      addOpenQuestions(not.condition(), questions);
    } else if (condition instanceof All all) {
      all.conditions().forEach(c -> addOpenQuestions(c, questions));
    } else if (condition instanceof Any any) {
      any.conditions().forEach(c -> addOpenQuestions(c, questions));
    } else if (condition instanceof Opaque opaque) {
      opaque.questions().stream().filter(q -> !isSettled(q)).forEach(questions::add);
    }
    // a conclusion pattern waits on the rules that make it, not on a question
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
      return allInputsSettled(all.conditions());
    } else if (condition instanceof Any any) {
      return allInputsSettled(any.conditions());
    }
    Opaque opaque = (Opaque) condition;
    return opaque.questions().stream().allMatch(this::isSettled)
        && opaque.conclusions().stream().allMatch(c -> truthOf(c) != Truth.OPEN);
  }

  private boolean allInputsSettled(List<RuleCondition> conditions) {
    for (RuleCondition condition : conditions) {
      if (!inputsSettled(condition)) {
        return false;
      }
    }
    return true;
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
