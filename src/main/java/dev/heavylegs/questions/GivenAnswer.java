package dev.heavylegs.questions;

import dev.heavylegs.facts.Answer;
import java.util.List;

/** A validated answer to one question, before it becomes {@link Answer} facts. */
public sealed interface GivenAnswer {

  /** The facts this answer states about the runner; a multi-choice answer gives one per choice. */
  List<Answer> facts(String questionId);

  /** The answer as a plain value for JSON output: a number, a boolean, a string or a list. */
  Object plainValue();

  /** A number or integer answer. */
  record Number(double value) implements GivenAnswer {
    @Override
    public List<Answer> facts(String questionId) {
      return List.of(Answer.ofNumber(questionId, value));
    }

    @Override
    public Object plainValue() {
      return value == Math.rint(value) ? (Object) (long) value : (Object) value;
    }
  }

  /** A yes/no answer. */
  record Flag(boolean value) implements GivenAnswer {
    @Override
    public List<Answer> facts(String questionId) {
      return List.of(Answer.of(questionId, value ? "yes" : "no"));
    }

    @Override
    public Object plainValue() {
      return value;
    }
  }

  /** One chosen value of a choice question. */
  record Choice(String value) implements GivenAnswer {
    @Override
    public List<Answer> facts(String questionId) {
      return List.of(Answer.of(questionId, value));
    }

    @Override
    public Object plainValue() {
      return value;
    }
  }

  /** The chosen values of a multi-choice question, possibly none. */
  record Choices(List<String> values) implements GivenAnswer {
    public Choices {
      values = List.copyOf(values);
    }

    @Override
    public List<Answer> facts(String questionId) {
      return values.stream().map(v -> Answer.of(questionId, v)).toList();
    }

    @Override
    public Object plainValue() {
      return values;
    }
  }
}
