package dev.heavylegs;

import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.file.AnswersReader;

/** Answers for tests, written as JSON. */
public final class TestAnswers {

  private TestAnswers() {}

  public static Answers of(String json) {
    try {
      return new AnswersReader(ShippedKbase.get().questions()).parse("test.json", json, false);
    } catch (InvalidAnswerException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
