package dev.heavylegs.questions;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questions a runner can be asked, in catalogue order, looked up by id; the words that mean "I
 * don't know"; and the limits answers must keep together.
 */
public final class QuestionCatalogue {

  private final Map<String, Question> byId = new LinkedHashMap<>();
  private final List<String> unknownAnswers;
  private final List<ConsistencyRule> consistency;

  /** A catalogue of {@code questions}; ids must be unique. */
  public QuestionCatalogue(List<Question> questions) {
    this(questions, List.of(), List.of());
  }

  /**
   * A catalogue of {@code questions} (ids unique), the typed answers that mean unknown, and the
   * consistency rules between answers.
   */
  public QuestionCatalogue(
      List<Question> questions, List<String> unknownAnswers, List<ConsistencyRule> consistency) {
    for (Question q : questions) {
      if (byId.putIfAbsent(q.id(), q) != null) {
        throw new IllegalArgumentException("duplicate question id " + q.id());
      }
    }
    this.unknownAnswers = List.copyOf(unknownAnswers);
    this.consistency = List.copyOf(consistency);
  }

  /** The question with this id, if the catalogue has it. */
  public Optional<Question> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** All questions, in catalogue order. */
  public Collection<Question> all() {
    return byId.values();
  }

  /** What a runner may type for "I don't know" ({@code not sure}), as experts listed it. */
  public List<String> unknownAnswers() {
    return unknownAnswers;
  }

  /** The consistency rules between answers, in file order. */
  public List<ConsistencyRule> consistency() {
    return consistency;
  }

  /** The first consistency rule {@code answers} break, if any. */
  public Optional<ConsistencyRule.Violation> firstViolation(Map<String, GivenAnswer> answers) {
    return consistency.stream().flatMap(r -> r.check(answers, this).stream()).findFirst();
  }

  /** The known id closest in spelling to {@code unknownId}, if one is close enough to suggest. */
  public Optional<String> closestId(String unknownId) {
    return byId.keySet().stream()
        .min(Comparator.comparingInt(id -> EditDistance.between(id, unknownId)))
        .filter(id -> EditDistance.between(id, unknownId) <= Math.max(2, unknownId.length() / 4));
  }
}
