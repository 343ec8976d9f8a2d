package dev.heavylegs.questions;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The questions a runner can be asked, in catalogue order, looked up by id. */
public final class QuestionCatalogue {

  private final Map<String, Question> byId = new LinkedHashMap<>();

  /** A catalogue of {@code questions}; ids must be unique. */
  public QuestionCatalogue(List<Question> questions) {
    for (Question q : questions) {
      if (byId.putIfAbsent(q.id(), q) != null) {
        throw new IllegalArgumentException("duplicate question id " + q.id());
      }
    }
  }

  /** The question with this id, if the catalogue has it. */
  public Optional<Question> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** All questions, in catalogue order. */
  public Collection<Question> all() {
    return byId.values();
  }

  /** The known id closest in spelling to {@code unknownId}, if one is close enough to suggest. */
  public Optional<String> closestId(String unknownId) {
    return byId.keySet().stream()
        .min(Comparator.comparingInt(id -> EditDistance.between(id, unknownId)))
        .filter(id -> EditDistance.between(id, unknownId) <= Math.max(2, unknownId.length() / 4));
  }
}
