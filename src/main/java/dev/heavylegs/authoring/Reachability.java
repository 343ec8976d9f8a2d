package dev.heavylegs.authoring;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.facts.Answer;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleCondition;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionType;
import dev.heavylegs.relevance.AnswerConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proves that every conclusion can be reached: for each, builds a set of answers from the
 * conditions of a rule that makes it (and, for conclusions it reads, of rules that make those) and
 * runs the engine on them. A conclusion no rule can be made to reach is an error: a cause or red
 * flag that can never come out is a silent "you're fine". Rules whose conditions this cannot build
 * answers for (accumulate, from...) are given the benefit of the doubt.
 */
public final class Reachability {

  private final KnowledgeBase knowledgeBase;

  public Reachability(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  /**
   * A warning for each conclusion no combination of answers reaches (a warning, not an error: the
   * search cannot prove a negative for every rule, and a consultation does not run it).
   */
  public List<KbaseProblem> problems() {
    List<KbaseProblem> problems = new ArrayList<>();
    Set<ConclusionRef> checked = new HashSet<>();
    Set<ConclusionRef> unreachable = new HashSet<>();
    for (RuleInfo rule : knowledgeBase.rules().all()) {
      for (ConclusionRef made : rule.conclusionsMade()) {
        if (checked.add(made) && !reachable(made)) {
          unreachable.add(made);
          problems.add(
              KbaseProblem.warning(
                  rule.file(),
                  rule.line(),
                  1,
                  made
                      + " can never be concluded:"
                      + " no answers satisfy the conditions of any rule that makes it (contradictory"
                      + " conditions, or a value outside a question's range?)"));
        }
      }
    }
    // A rule that can never fire while others make its conclusion: dead, and no conclusion shows
    // it.
    ChoiceContradictions contradictions = new ChoiceContradictions(knowledgeBase);
    for (RuleInfo rule : knowledgeBase.rules().list()) {
      boolean concludedElsewhere = rule.conclusionsMade().stream().noneMatch(unreachable::contains);
      if (concludedElsewhere && contradictions.neverFires(rule)) {
        problems.add(
            KbaseProblem.warning(
                rule.file(),
                rule.line(),
                1,
                "rule "
                    + rule.id()
                    + " can never fire: its conditions need answers to one question that cannot"
                    + " be given together (directly, or through the rules that make what it"
                    + " reads)"));
      }
    }
    return problems;
  }

  /** A set of answers that concludes {@code target}, if one can be built. */
  public Optional<Answers> witness(ConclusionRef target) {
    for (Map<String, GivenAnswer> answers : candidates(target, new HashSet<>())) {
      Optional<Answers> found = concluding(target, answers);
      if (found.isEmpty()) {
        found = concludingVariant(target, answers);
      }
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Answers> concluding(ConclusionRef target, Map<String, GivenAnswer> answers) {
    Answers attempt = new Answers(answers, Set.of());
    return Consultation.run(knowledgeBase, attempt).contains(target)
        ? Optional.of(attempt)
        : Optional.empty();
  }

  /**
   * The answers built for the rule's own conditions can break one of its {@code not}s: a question
   * it only needs answered gets the first value of its range, which another rule may read as a
   * problem (no rest between runs, say). So each such answer is tried at its other values, one
   * answer at a time. Lists of choices are left as built: changing them would undo what the rule
   * needs.
   */
  private Optional<Answers> concludingVariant(
      ConclusionRef target, Map<String, GivenAnswer> answers) {
    for (Map<String, GivenAnswer> variant : variants(answers)) {
      Optional<Answers> found = concluding(target, variant);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * {@code answers} with one answer changed at a time, to each other value worth trying. Lists of
   * choices are left as built: changing them would undo what the rule needs.
   */
  private List<Map<String, GivenAnswer>> variants(Map<String, GivenAnswer> answers) {
    List<Map<String, GivenAnswer>> variants = new ArrayList<>();
    for (String questionId : answers.keySet()) {
      Optional<Question> question = knowledgeBase.questions().find(questionId);
      if (question.isEmpty() || question.get().type() == QuestionType.MULTI_CHOICE) {
        continue;
      }
      List<GivenAnswer> others =
          new ArrayList<>(
              values(question.get(), new RuleCondition.AnswerPattern(questionId, List.of())));
      if (question.get().type() == QuestionType.NUMBER
          || question.get().type() == QuestionType.INTEGER) {
        others.add(
            new GivenAnswer.Number(Math.round((question.get().min() + question.get().max()) / 2)));
      }
      for (GivenAnswer other : others) {
        if (!other.equals(answers.get(questionId))) {
          Map<String, GivenAnswer> variant = new LinkedHashMap<>(answers);
          variant.put(questionId, other);
          variants.add(variant);
        }
      }
    }
    return variants;
  }

  private boolean reachable(ConclusionRef target) {
    if (witness(target).isPresent()) {
      return true;
    }
    // Benefit of the doubt where this cannot build answers.
    return knowledgeBase.rules().all().stream()
        .filter(r -> r.conclusionsMade().contains(target))
        .anyMatch(r -> hasOpaque(r.conditions()));
  }

  /** Answer sets that could conclude {@code target}: one per rule that makes it. */
  private List<Map<String, GivenAnswer>> candidates(
      ConclusionRef target, Set<ConclusionRef> visiting) {
    List<Map<String, GivenAnswer>> sets = new ArrayList<>();
    if (!visiting.add(target)) {
      return sets;
    }
    for (RuleInfo rule : knowledgeBase.rules().all()) {
      if (rule.conclusionsMade().contains(target)) {
        satisfy(rule.conditions(), new LinkedHashMap<>(), visiting).ifPresent(sets::add);
      }
    }
    visiting.remove(target);
    return sets;
  }

  /** {@code answers} extended so that {@code condition} holds, if this can tell how. */
  private Optional<Map<String, GivenAnswer>> satisfy(
      RuleCondition condition, Map<String, GivenAnswer> answers, Set<ConclusionRef> visiting) {
    if (condition instanceof RuleCondition.All all) {
      Optional<Map<String, GivenAnswer>> result = Optional.of(answers);
      for (RuleCondition part : all.conditions()) {
        result = result.flatMap(a -> satisfy(part, a, visiting));
      }
      return result;
    }
    if (condition instanceof RuleCondition.Any any) {
      for (RuleCondition branch : any.conditions()) {
        Optional<Map<String, GivenAnswer>> result =
            satisfy(branch, new LinkedHashMap<>(answers), visiting);
        if (result.isPresent()) {
          return result;
        }
      }
      return Optional.empty();
    }
    if (condition instanceof RuleCondition.Not) {
      return Optional.of(answers); // leaving its answers out is the easiest way for it to hold
    }
    if (condition instanceof RuleCondition.ConclusionPattern pattern) {
      for (Map<String, GivenAnswer> needed : candidates(pattern.conclusion(), visiting)) {
        Optional<Map<String, GivenAnswer>> merged = merge(answers, needed);
        if (merged.isPresent()) {
          return merged;
        }
      }
      return Optional.empty();
    }
    if (condition instanceof RuleCondition.AnswerPattern pattern) {
      return answerFor(pattern, answers);
    }
    return Optional.empty();
  }

  private Optional<Map<String, GivenAnswer>> answerFor(
      RuleCondition.AnswerPattern pattern, Map<String, GivenAnswer> answers) {
    Optional<Question> found = knowledgeBase.questions().find(pattern.question());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Question question = found.get();
    GivenAnswer existing = answers.get(question.id());
    if (existing != null && matches(pattern, existing.facts(question.id()))) {
      return Optional.of(answers);
    }
    for (GivenAnswer candidate : values(question, pattern)) {
      GivenAnswer combined = combine(existing, candidate);
      if (combined != null && matches(pattern, candidate.facts(question.id()))) {
        Map<String, GivenAnswer> extended = new LinkedHashMap<>(answers);
        extended.put(question.id(), combined);
        return Optional.of(extended);
      }
    }
    return Optional.empty();
  }

  /** Both sets of answers at once, if they do not give one question different answers. */
  private static Optional<Map<String, GivenAnswer>> merge(
      Map<String, GivenAnswer> first, Map<String, GivenAnswer> second) {
    Map<String, GivenAnswer> merged = new LinkedHashMap<>(first);
    for (Map.Entry<String, GivenAnswer> entry : second.entrySet()) {
      GivenAnswer existing = merged.get(entry.getKey());
      GivenAnswer combined =
          existing == null || existing.equals(entry.getValue())
              ? entry.getValue()
              : combine(existing, entry.getValue());
      if (combined == null) {
        return Optional.empty();
      }
      merged.put(entry.getKey(), combined);
    }
    return Optional.of(merged);
  }

  /** A multi-choice answer can take one more choice; any other answer can only stay as it is. */
  private static GivenAnswer combine(GivenAnswer existing, GivenAnswer candidate) {
    if (existing == null) {
      return candidate;
    }
    if (existing instanceof GivenAnswer.Choices a && candidate instanceof GivenAnswer.Choices b) {
      Set<String> values = new LinkedHashSet<>(a.values());
      values.addAll(b.values());
      return new GivenAnswer.Choices(List.copyOf(values));
    }
    return null;
  }

  private static boolean matches(RuleCondition.AnswerPattern pattern, List<Answer> facts) {
    return facts.stream()
        .anyMatch(
            fact ->
                pattern.constraints().stream()
                    .allMatch(c -> AnswerConstraint.holds(c, fact).orElse(false)));
  }

  /**
   * The answers worth trying: each number the pattern names and either side of it, every choice.
   */
  private static List<GivenAnswer> values(Question question, RuleCondition.AnswerPattern pattern) {
    List<GivenAnswer> values = new ArrayList<>();
    switch (question.type()) {
      case NUMBER, INTEGER -> {
        Set<Double> numbers = new TreeSet<>(List.of(question.min(), question.max()));
        double step = question.type() == QuestionType.INTEGER ? 1 : 0.01;
        for (String constraint : pattern.constraints()) {
          for (double n : AnswerConstraint.numbersIn(constraint)) {
            for (double v : new double[] {n - step, n, n + step}) {
              if (v >= question.min() && v <= question.max()) {
                numbers.add(Math.round(v * 100) / 100.0);
              }
            }
          }
        }
        numbers.forEach(n -> values.add(new GivenAnswer.Number(n)));
      }
      case BOOLEAN -> {
        values.add(new GivenAnswer.Flag(true));
        values.add(new GivenAnswer.Flag(false));
      }
      case CHOICE ->
          question.choices().keySet().forEach(c -> values.add(new GivenAnswer.Choice(c)));
      case MULTI_CHOICE ->
          question.choices().keySet().forEach(c -> values.add(new GivenAnswer.Choices(List.of(c))));
    }
    return values;
  }

  /** Whether a condition holds a part this reading cannot evaluate (accumulate, from...). */
  static boolean hasOpaque(RuleCondition condition) {
    if (condition instanceof RuleCondition.Opaque) {
      return true;
    }
    if (condition instanceof RuleCondition.All all) {
      return all.conditions().stream().anyMatch(Reachability::hasOpaque);
    }
    if (condition instanceof RuleCondition.Any any) {
      return any.conditions().stream().anyMatch(Reachability::hasOpaque);
    }
    if (condition instanceof RuleCondition.Not not) {
      return hasOpaque(not.condition());
    }
    return false;
  }
}
