package dev.heavylegs.questions;

import dev.heavylegs.facts.Answer;
import java.util.List;

/** A validated answer to one question, before it becomes {@link Answer} facts. */
public sealed interface GivenAnswer {

  /** The facts this answer states about the runner; a multi-choice answer gives one per choice. */
  List<Answer> facts(String questionId);

  /**
   * A number or integer answer.
   *
   * @param value the number in the question's unit, as the rules compare it
   * @param typed the answer as the runner wrote it when that was in another unit ({@code 3 weeks}
   *     for a question in months), for showing it back; null otherwise. Two answers with the same
   *     value are equal however they were typed.
   */
  record Number(double value, String typed) implements GivenAnswer {

    public Number(double value) {
      this(value, null);
    }

    public Number {
      typed = typed == null || typed.isBlank() ? null : typed.strip();
    }

    /**
     * {@code value}, parsed from {@code text}: the text is kept only when it names a unit other
     * than {@code questionUnit} ({@code 3 weeks} for months, not {@code 3} or {@code 3 months}).
     */
    public static Number parsedFrom(double value, String text, String questionUnit) {
      String unit = text.strip().replaceFirst("^[-+]?[\\d.,]*\\s*", "");
      boolean otherUnit = !unit.isEmpty() && !unit.equalsIgnoreCase(questionUnit);
      return new Number(value, otherUnit ? text : null);
    }

    @Override
    public List<Answer> facts(String questionId) {
      return List.of(Answer.ofNumber(questionId, value));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Number n && Double.compare(n.value, value) == 0;
    }

    @Override
    public int hashCode() {
      return Double.hashCode(value);
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
