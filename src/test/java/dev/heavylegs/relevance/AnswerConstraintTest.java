package dev.heavylegs.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.facts.Answer;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constraints of Answer patterns, evaluated as the engine would, or "cannot tell". */
class AnswerConstraintTest {

  private static final Answer THIRTY = Answer.ofNumber("temperature-c", 30);
  private static final Answer THIRST = Answer.of("symptoms", "thirst");

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "number > 25                          ; true",
        "number >= 30                         ; true",
        "number < 30                          ; false",
        "number != 30                         ; false",
        "number >= 25 && number < 30          ; false",
        "number < 0 || number >= 30           ; true",
        "!(number > 40)                       ; true",
        "number == 30.0                       ; true",
        "number > -5                          ; true",
      })
  void numberConstraints(String constraint, boolean expected) {
    assertThat(AnswerConstraint.holds(constraint, THIRTY)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "value == \"thirst\"                          ; true",
        "value in ( \"chest-pain\", \"thirst\" )      ; true",
        "value not in ( \"chest-pain\", \"thirst\" )  ; false",
        "value != \"thirst\"                          ; false",
        "number > 3                                   ; false",
        "number == null                               ; true",
      })
  void valueConstraints(String constraint, boolean expected) {
    assertThat(AnswerConstraint.holds(constraint, THIRST)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "value matches \"th.*\"",
        "number > 5 && < 10",
        "value.length() > 3",
        "number > $limit",
        "number >",
      })
  void whatItDoesNotUnderstandIsCannotTell(String constraint) {
    assertThat(AnswerConstraint.holds(constraint, THIRST)).isEqualTo(Optional.empty());
  }
}
