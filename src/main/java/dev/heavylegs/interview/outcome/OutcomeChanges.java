package dev.heavylegs.interview.outcome;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.facts.Answer;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleCondition;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionType;
import dev.heavylegs.relevance.AnswerConstraint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The smallest changes to the answers that would remove a conclusion, or add one: "with 1.5 cm of
 * toe room and under 600 km on the shoes, wrong shoes would no longer be concluded". Found by
 * trying changed answers on fresh sessions of the same knowledge base, one answer at a time, then
 * two. The values tried come from the rules themselves: each threshold a rule compares with, just
 * either side of it, every choice, yes and no.
 */
public final class OutcomeChanges {

  /** At most this many two-answer combinations are tried for one conclusion. */
  private static final int MAX_PAIRS = 600;

  /** At most this many ways are shown for one conclusion. */
  private static final int MAX_WAYS = 2;

  /**
   * One changed answer.
   *
   * @param shown the change as a runner reads it: {@code toe-room-cm 1.5 cm}, {@code symptoms
   *     including chronic-fatigue}
   * @param distance how far from the current answer, for putting the smallest change first
   */
  public record AnswerChange(
      Question question, GivenAnswer answer, String shown, double distance) {}

  /**
   * What would flip one conclusion.
   *
   * @param present whether the conclusion holds now (the ways then remove it)
   * @param ways sets of answer changes, smallest first; empty when no change of one or two answers
   *     would do it
   */
  public record Finding(ConclusionRef conclusion, boolean present, List<List<AnswerChange>> ways) {}

  private final KnowledgeBase knowledgeBase;

  public OutcomeChanges(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  /** The smallest answer changes that would flip {@code conclusion}, given {@code answers}. */
  public Finding find(Answers answers, ConclusionRef conclusion) {
    boolean present = Consultation.run(knowledgeBase, answers).contains(conclusion);
    List<AnswerChange> singles = candidates(answers, conclusion);
    List<List<AnswerChange>> ways = new ArrayList<>();
    for (AnswerChange change : singles) {
      if (flips(answers, List.of(change), conclusion, present)) {
        ways.add(List.of(change));
      }
    }
    if (ways.isEmpty()) {
      int tried = 0;
      for (int i = 0; i < singles.size() && tried < MAX_PAIRS; i++) {
        for (int j = i + 1; j < singles.size() && tried < MAX_PAIRS; j++) {
          AnswerChange first = singles.get(i);
          AnswerChange second = singles.get(j);
          if (first.question().equals(second.question())) {
            continue;
          }
          tried++;
          if (flips(answers, List.of(first, second), conclusion, present)) {
            ways.add(List.of(first, second));
          }
        }
      }
    }
    ways.sort(Comparator.comparingDouble(OutcomeChanges::distance));
    return new Finding(conclusion, present, smallestPerQuestionSet(ways));
  }

  private boolean flips(
      Answers answers, List<AnswerChange> changes, ConclusionRef conclusion, boolean present) {
    Map<String, GivenAnswer> given = new LinkedHashMap<>(answers.given());
    Set<String> unknown = new LinkedHashSet<>(answers.unknown());
    for (AnswerChange change : changes) {
      given.put(change.question().id(), change.answer());
      unknown.remove(change.question().id());
    }
    return Consultation.run(knowledgeBase, new Answers(given, unknown)).contains(conclusion)
        != present;
  }

  /** Every single-answer change worth trying, nearest to the current answers first. */
  private List<AnswerChange> candidates(Answers answers, ConclusionRef conclusion) {
    List<AnswerChange> changes = new ArrayList<>();
    Map<String, List<String>> constraints = constraintsBehind(conclusion);
    for (Question question : knowledgeBase.questions().all()) {
      List<String> written = constraints.get(question.id());
      if (written != null) {
        changes.addAll(candidatesFor(question, answers.get(question.id()).orElse(null), written));
      }
    }
    changes.sort(Comparator.comparingDouble(AnswerChange::distance));
    return changes;
  }

  private List<AnswerChange> candidatesFor(
      Question question, GivenAnswer current, List<String> written) {
    List<AnswerChange> changes = new ArrayList<>();
    double unanswered = 1.0; // setting an unanswered question is a bigger change than nudging one
    switch (question.type()) {
      case NUMBER, INTEGER -> {
        Double now = current instanceof GivenAnswer.Number n ? n.value() : null;
        for (double value : thresholdsAround(question, written)) {
          if (now == null || value != now) {
            double distance =
                now == null
                    ? unanswered
                    : Math.abs(value - now) / Math.max(1e-9, question.max() - question.min());
            changes.add(
                new AnswerChange(
                    question,
                    new GivenAnswer.Number(value),
                    question.id() + " " + question.withUnit(Answer.formatNumber(value)),
                    distance));
          }
        }
      }
      case BOOLEAN -> {
        for (boolean value : new boolean[] {true, false}) {
          if (!(current instanceof GivenAnswer.Flag f && f.value() == value)) {
            changes.add(
                new AnswerChange(
                    question,
                    new GivenAnswer.Flag(value),
                    question.id() + " " + (value ? "yes" : "no"),
                    current == null ? unanswered : 0.5));
          }
        }
      }
      case CHOICE ->
          question.choices().keySet().stream()
              .filter(c -> !(current instanceof GivenAnswer.Choice ch && ch.value().equals(c)))
              .forEach(
                  c ->
                      changes.add(
                          new AnswerChange(
                              question,
                              new GivenAnswer.Choice(c),
                              question.id() + " " + c,
                              current == null ? unanswered : 0.5)));
      case MULTI_CHOICE -> {
        List<String> chosen = current instanceof GivenAnswer.Choices cs ? cs.values() : List.of();
        for (String choice : question.choices().keySet()) {
          if (written.stream().noneMatch(w -> w.contains('"' + choice + '"'))) {
            continue;
          }
          List<String> toggled = new ArrayList<>(chosen);
          boolean had = toggled.remove(choice);
          if (!had) {
            toggled.add(choice);
          }
          changes.add(
              new AnswerChange(
                  question,
                  new GivenAnswer.Choices(toggled),
                  question.id() + (had ? " without " : " including ") + choice,
                  current == null ? unanswered : 0.5));
        }
      }
    }
    return changes;
  }

  /** Each number a rule compares the question with, and the values just either side of it. */
  private static Set<Double> thresholdsAround(Question question, List<String> written) {
    Set<Double> values = new TreeSet<>();
    for (String constraint : written) {
      for (double threshold : AnswerConstraint.numbersIn(constraint)) {
        double step = question.type() == QuestionType.INTEGER ? 1 : stepNear(threshold);
        for (double value : new double[] {threshold - step, threshold, threshold + step}) {
          double rounded = Math.round(value * 100) / 100.0;
          if (rounded >= question.min() && rounded <= question.max()) {
            values.add(rounded);
          }
        }
      }
    }
    return values;
  }

  /** A step that reads naturally at the threshold's scale: 10 near 640, 1 near 25, 0.1 near 1.3. */
  private static double stepNear(double threshold) {
    double magnitude = Math.abs(threshold);
    return magnitude < 10 ? 0.1 : Math.pow(10, Math.floor(Math.log10(magnitude)) - 1);
  }

  /**
   * The answer constraints of every rule that {@code conclusion} can rest on, by question: the
   * rules that make it, and the rules making what those read, all the way down.
   */
  private Map<String, List<String>> constraintsBehind(ConclusionRef conclusion) {
    Map<String, List<String>> constraints = new LinkedHashMap<>();
    Set<ConclusionRef> seen = new HashSet<>();
    Deque<ConclusionRef> pending = new ArrayDeque<>(List.of(conclusion));
    while (!pending.isEmpty()) {
      ConclusionRef next = pending.pop();
      if (!seen.add(next)) {
        continue;
      }
      for (RuleInfo rule : knowledgeBase.rules().all()) {
        if (rule.conclusionsMade().contains(next)) {
          collect(rule.conditions(), constraints);
          pending.addAll(rule.conclusionsRead());
        }
      }
    }
    return constraints;
  }

  private static void collect(RuleCondition condition, Map<String, List<String>> into) {
    if (condition instanceof RuleCondition.AnswerPattern pattern) {
      List<String> list = into.computeIfAbsent(pattern.question(), q -> new ArrayList<>());
      list.addAll(pattern.constraints());
      if (pattern.constraints().isEmpty()) {
        list.add("");
      }
    } else if (condition instanceof RuleCondition.Not not) {
      collect(not.condition(), into);
    } else if (condition instanceof RuleCondition.All all) {
      all.conditions().forEach(c -> collect(c, into));
    } else if (condition instanceof RuleCondition.Any any) {
      any.conditions().forEach(c -> collect(c, into));
    } else if (condition instanceof RuleCondition.Opaque opaque) {
      opaque.questions().forEach(q -> into.computeIfAbsent(q, k -> new ArrayList<>()).add(""));
    }
  }

  /**
   * The nearest way for each set of questions (not 12 weeks and 13 weeks), at most {@link
   * #MAX_WAYS}.
   */
  private static List<List<AnswerChange>> smallestPerQuestionSet(
      List<List<AnswerChange>> sortedWays) {
    Set<Set<String>> seen = new HashSet<>();
    List<List<AnswerChange>> kept = new ArrayList<>();
    for (List<AnswerChange> way : sortedWays) {
      Set<String> questions = new HashSet<>();
      way.forEach(c -> questions.add(c.question().id()));
      if (seen.add(questions) && kept.size() < MAX_WAYS) {
        kept.add(way);
      }
    }
    return List.copyOf(kept);
  }

  private static double distance(List<AnswerChange> way) {
    return way.size() * 10 + way.stream().mapToDouble(AnswerChange::distance).sum();
  }
}
