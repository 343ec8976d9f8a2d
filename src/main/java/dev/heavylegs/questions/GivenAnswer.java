package dev.heavylegs.questions;

import dev.heavylegs.facts.Answer;
import java.util.List;

/** A validated answer to one question, before it becomes {@link Answer} facts. */
public sealed interface GivenAnswer {

  /** The facts this answer states about the runner; a multi-choice answer gives one per choice. */
  List<Answer> facts(String questionId);

  /** A number or integer answer. */
  record Number(double value) implements GivenAnswer {
    @Override
    public List<Answer> facts(String questionId) {
      return List.of(Answer.ofNumber(questionId, value));
    }
  }

  /** A yes/no answer. */
  record Flag(boolean value) implements GivenAnswer {
    @Override
    public List<Answer> facts(String questionId) {
      return List.of(Answer.of(questionId, value ? "yes" : "no"));
    }
  }

  /** One chosen value of a choice question. */
  record Choice(String value) implements GivenAnswer {
    @Override
    public List<Answer> facts(String questionId) {
      return List.of(Answer.of(questionId, value));
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
  }
}
