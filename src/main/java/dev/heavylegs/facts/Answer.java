package dev.heavylegs.facts;

import java.util.Objects;

/**
 * One answer the runner gave, as the rules see it.
 *
 * <p>A multi-choice answer becomes one {@code Answer} per chosen value, so a rule can ask for a
 * single symptom ({@code Answer( question == "symptoms", value == "chest-pain" )}) and its
 * explanation names exactly the choices it rests on. A question left unanswered has no {@code
 * Answer} at all, so no rule can conclude anything from it.
 *
 * @param question the question id from the catalogue, never null
 * @param value the answer as text: a number as written, {@code yes}/{@code no} for a boolean, the
 *     chosen value for a choice; never null
 * @param number the numeric value for number and integer questions, otherwise null
 */
public record Answer(String question, String value, Double number) {

  public Answer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(value, "value");
  }

  /** A yes/no, choice or multi-choice answer. */
  public static Answer of(String question, String value) {
    return new Answer(question, value, null);
  }

  /** A number or integer answer. */
  public static Answer ofNumber(String question, double number) {
    return new Answer(question, formatNumber(number), number);
  }

  /** Writes a number without a trailing {@code .0}: 30.0 is shown as {@code 30}, 1.3 stays. */
  public static String formatNumber(double number) {
    return number == Math.rint(number) && !Double.isInfinite(number)
        ? Long.toString((long) number)
        : Double.toString(number);
  }
}
