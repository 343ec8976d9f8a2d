package dev.heavylegs.report;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.kbase.ReportWording;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Says the runner's answers back in plain words: a value as it was given ({@code 3 weeks (0.7
 * months)}, {@code 1 day a week}), and the answers behind a conclusion as one "because" sentence in
 * the phrases of {@code report.yaml}.
 */
final class AnswerWords {

  private final QuestionCatalogue questions;
  private final Answers answers;
  private final ReportWording wording;

  AnswerWords(QuestionCatalogue questions, Answers answers, ReportWording wording) {
    this.questions = questions;
    this.answers = answers;
    this.wording = wording;
  }

  /**
   * A number without floating-point noise: whole numbers as they are, others to one decimal (two
   * significant digits below 0.1, so that a small value does not show as 0).
   */
  static String plainNumber(double number) {
    if (number == Math.rint(number) && !Double.isInfinite(number)) {
      return Long.toString((long) number);
    }
    BigDecimal value = BigDecimal.valueOf(number);
    BigDecimal rounded =
        Math.abs(number) >= 0.1
            ? value.setScale(1, RoundingMode.HALF_UP)
            : value.round(new MathContext(2, RoundingMode.HALF_UP));
    return rounded.stripTrailingZeros().toPlainString();
  }

  /**
   * One value of the answer to {@code questionId} as a runner reads it: with its unit (singular for
   * exactly 1), and with what the runner typed first when it was in another unit.
   */
  String shown(String questionId, String value, Double number) {
    Optional<Question> question = questions.find(questionId);
    if (number == null || question.isEmpty()) {
      return value;
    }
    String inQuestionUnit = withUnit(plainNumber(number), question.get().unit());
    Optional<GivenAnswer> given = answers.get(questionId);
    if (given.isPresent()
        && given.get() instanceof GivenAnswer.Number n
        && n.typed() != null
        && Double.compare(n.value(), number) == 0) {
      return n.typed() + " (" + inQuestionUnit + ")";
    }
    return inQuestionUnit;
  }

  private String withUnit(String number, String unit) {
    if (unit == null || unit.isBlank()) {
      return number;
    }
    String shownUnit = number.equals("1") ? wording.singularUnits().getOrDefault(unit, unit) : unit;
    return number + " " + shownUnit;
  }

  /**
   * The answers {@code facts} as one sentence, each question once in the order met, in the phrases
   * of {@code report.yaml}; empty when there are none.
   */
  String because(List<Answer> facts) {
    Map<String, List<Answer>> byQuestion = new LinkedHashMap<>();
    facts.forEach(a -> byQuestion.computeIfAbsent(a.question(), q -> new ArrayList<>()).add(a));
    if (byQuestion.isEmpty()) {
      return "";
    }
    List<String> phrases = new ArrayList<>();
    byQuestion.forEach((question, given) -> phrases.add(phrase(question, given)));
    String template = wording.sentences().getOrDefault("because", "{answers}");
    return template.replace("{answers}", list(phrases));
  }

  /** The phrase for one question's answers: the value's own phrase, or the one for any value. */
  private String phrase(String questionId, List<Answer> given) {
    Map<String, String> byValue = wording.answerPhrases().getOrDefault(questionId, Map.of());
    String template =
        given.size() == 1 && byValue.containsKey(given.get(0).value())
            ? byValue.get(given.get(0).value())
            : byValue.get(ReportWording.ANY_VALUE);
    Optional<Question> question = questions.find(questionId);
    List<String> values =
        given.stream().map(a -> shown(questionId, a.value(), a.number())).toList();
    if (template == null) {
      // A knowledge base without phrases still says which question and what answer.
      return question.map(Question::prompt).orElse(questionId) + " " + list(values);
    }
    List<String> choices =
        given.stream()
            .map(a -> question.map(q -> q.choices().get(a.value())).orElse(null))
            .map(d -> d == null ? "" : d)
            .toList();
    return template.replace("{value}", list(values)).replace("{choices}", list(choices));
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}, with the "and" of {@code report.yaml}. */
  String list(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    String and = wording.sentences().get("and");
    if (and == null || and.isBlank()) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + and
        + " "
        + items.get(items.size() - 1);
  }
}
