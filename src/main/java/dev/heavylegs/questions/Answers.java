package dev.heavylegs.questions;

import dev.heavylegs.facts.Answer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A runner's validated answers: what was answered, and what was explicitly left unknown. A question
 * that is in neither is simply unanswered; the rules treat both alike.
 */
public final class Answers {

  private final Map<String, GivenAnswer> given;
  private final Set<String> unknown;

  /** Answers given in catalogue or file order, and the ids the runner said they do not know. */
  public Answers(Map<String, GivenAnswer> given, Set<String> unknown) {
    this.given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
    this.unknown = Collections.unmodifiableSet(new LinkedHashSet<>(unknown));
  }

  /** The answer to {@code questionId}, if one was given. */
  public Optional<GivenAnswer> get(String questionId) {
    return Optional.ofNullable(given.get(questionId));
  }

  /** Every given answer by question id, in the order given. */
  public Map<String, GivenAnswer> given() {
    return given;
  }

  /** Ids of the questions the runner explicitly answered as unknown. */
  public Set<String> unknown() {
    return unknown;
  }

  /** All facts these answers state, in order. */
  public List<Answer> facts() {
    return given.entrySet().stream().flatMap(e -> e.getValue().facts(e.getKey()).stream()).toList();
  }
}
