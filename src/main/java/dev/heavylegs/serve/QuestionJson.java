package dev.heavylegs.serve;

import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionType;
import dev.heavylegs.questions.TypedAnswerParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A question of the catalogue as the API shows it: what a page needs to ask it. */
final class QuestionJson {

  private QuestionJson() {}

  static Map<String, Object> of(Question question) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", question.id());
    m.put("text", question.prompt());
    m.put("type", question.type().label());
    if (question.type() == QuestionType.CHOICE || question.type() == QuestionType.MULTI_CHOICE) {
      List<Map<String, Object>> choices = new ArrayList<>();
      question
          .choices()
          .forEach(
              (id, label) -> {
                Map<String, Object> choice = new LinkedHashMap<>();
                choice.put("id", id);
                choice.put("label", label);
                choices.add(choice);
              });
      m.put("choices", choices);
    }
    if (question.unit() != null) {
      m.put("unit", question.unit());
    }
    List<String> units = TypedAnswerParser.units(question);
    if (units.size() > 1) {
      m.put("units", units); // the page offers them beside the number box
    }
    if (question.type().isNumeric()) {
      m.put("min", question.min());
      m.put("max", question.max());
    }
    m.put("allowed", TypedAnswerParser.allowed(question));
    if (!question.help().isBlank()) {
      m.put("help", question.help().strip());
    }
    return m;
  }
}
