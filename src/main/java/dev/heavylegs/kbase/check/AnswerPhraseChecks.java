package dev.heavylegs.kbase.check;

import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.ReportWording;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the {@code answer-phrases} of {@code report.yaml} against the question catalogue: each key
 * names a question, and each value a phrase is given for is an answer that question can have (one
 * of its choices, yes or no, a number in its range) or {@code any}. A phrase under a misspelt key
 * is never shown: the report silently falls back to the bare question and value.
 */
public final class AnswerPhraseChecks {

  private final QuestionCatalogue catalogue;
  private final ReportWording wording;
  private final YamlPlaces places;

  public AnswerPhraseChecks(
      QuestionCatalogue catalogue,
      ReportWording wording,
      String text,
      String shownPath,
      List<KbaseProblem> out) {
    this.catalogue = catalogue;
    this.wording = wording;
    this.places = new YamlPlaces(text, shownPath, out);
  }

  public void check() {
    int start = places.firstLine(Pattern.compile("^answer-phrases\\s*:"), 0).orElse(0);
    for (Map.Entry<String, Map<String, String>> phrases : wording.answerPhrases().entrySet()) {
      String id = phrases.getKey();
      int line = places.keyLine(id, start).orElse(start);
      Optional<Question> question = catalogue.find(id);
      if (question.isEmpty()) {
        places.error(
            line,
            id,
            "answer-phrases: '"
                + id
                + "' is not a question in questions.yaml, so its phrase is never shown"
                + catalogue.closestId(id).map(c -> " (did you mean " + c + "?)").orElse(""));
        continue;
      }
      for (String value : phrases.getValue().keySet()) {
        if (!value.equals(ReportWording.ANY_VALUE) && !canAnswer(question.get(), value)) {
          places.error(
              places.keyLine(value, line + 1).orElse(line),
              value,
              "answer-phrases: question '"
                  + id
                  + "' has no answer '"
                  + value
                  + "' (it takes "
                  + takes(question.get())
                  + ", or any for the others), so this phrase is never shown"
                  + question
                      .get()
                      .closestChoice(value)
                      .map(c -> " (did you mean " + c + "?)")
                      .orElse(""));
        }
      }
    }
  }

  private static boolean canAnswer(Question question, String value) {
    return switch (question.type()) {
      case CHOICE, MULTI_CHOICE -> question.hasChoice(value);
      case BOOLEAN -> value.equals("yes") || value.equals("no");
      case NUMBER, INTEGER -> inRange(question, value);
    };
  }

  private static boolean inRange(Question question, String value) {
    try {
      double number = Double.parseDouble(value);
      return number >= question.min() && number <= question.max();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String takes(Question question) {
    return switch (question.type()) {
      case CHOICE, MULTI_CHOICE -> "one of " + String.join(", ", question.choices().keySet());
      case BOOLEAN -> "yes or no";
      case NUMBER, INTEGER -> "a number in " + question.rangeText();
    };
  }
}
