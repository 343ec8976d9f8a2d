package dev.heavylegs.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.json.JsonTrees;
import dev.heavylegs.questions.AnswerParser;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.ConsistencyRule;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.QuestionCatalogue;
import dev.heavylegs.questions.file.AnswersReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answers of a request, read exactly as an answers file is ({@link AnswersReader}), so that a
 * bad one gets the words the command line gives it, with the field, question and value named.
 * {@code answers} is the answers file's object; {@code unknown} lists the questions the runner did
 * not know, as {@code "unknown"} in a file says.
 */
final class RequestAnswers {

  static final String ANSWERS = "answers";
  static final String UNKNOWN = "unknown";

  private final QuestionCatalogue catalogue;
  private final AnswersReader reader;

  RequestAnswers(QuestionCatalogue catalogue) {
    this.catalogue = catalogue;
    this.reader = new AnswersReader(catalogue);
  }

  /** The validated answers of {@code body}. */
  Answers read(ObjectNode body) {
    JsonNode given = body.get(ANSWERS);
    if (given == null) {
      given = JsonNodeFactory.instance.objectNode();
    }
    Set<String> unknown = RequestJson.strings(body, UNKNOWN);
    for (String id : unknown) {
      checkOne(UNKNOWN, id, JsonNodeFactory.instance.textNode(AnswerParser.UNKNOWN));
      if (given.has(id)) {
        throw ApiProblem.badRequest(
            UNKNOWN + ": " + id + " is answered in " + ANSWERS + " too; give one or the other",
            UNKNOWN);
      }
    }
    Answers answers = parse(ANSWERS, given);
    if (unknown.isEmpty()) {
      return answers;
    }
    Set<String> allUnknown = new LinkedHashSet<>(answers.unknown());
    allUnknown.addAll(unknown);
    return new Answers(answers.given(), allUnknown);
  }

  /**
   * {@code answers} with {@code changes} (an object of the answers file's form, under the field
   * {@code field}) applied: an answer replaced, or made unknown.
   */
  Answers changed(Answers answers, String field, JsonNode changes) {
    Answers parsed = parse(field, changes);
    Map<String, GivenAnswer> given = new LinkedHashMap<>(answers.given());
    Set<String> unknown = new LinkedHashSet<>(answers.unknown());
    parsed
        .given()
        .forEach(
            (id, answer) -> {
              given.put(id, answer);
              unknown.remove(id);
            });
    for (String id : parsed.unknown()) {
      given.remove(id);
      unknown.add(id);
    }
    Optional<ConsistencyRule.Violation> violation = catalogue.firstViolation(given);
    if (violation.isPresent()) {
      throw ApiProblem.inconsistentAnswers(
          field + ": " + violation.get().describe(), field, violation.get().questionIds());
    }
    return new Answers(given, unknown);
  }

  /** {@code node} read as an answers file named {@code field}. */
  private Answers parse(String field, JsonNode node) {
    try {
      return reader.fromTree(field, node);
    } catch (InvalidAnswerException e) {
      throw diagnosed(field, node, e);
    }
  }

  /**
   * The problem {@code e} names, with the question and value it is about: the first answer that is
   * wrong on its own is the one the reader stopped at; when every answer is right on its own, they
   * do not fit one another.
   */
  private ApiProblem diagnosed(String field, JsonNode node, InvalidAnswerException e) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        checkOne(field, entry.getKey(), entry.getValue());
      }
      try {
        List<String> leftOut = new ArrayList<>();
        Answers each = reader.validOnes(field, object, leftOut);
        Optional<ConsistencyRule.Violation> violation = catalogue.firstViolation(each.given());
        if (violation.isPresent()) {
          return ApiProblem.inconsistentAnswers(
              e.getMessage(), field, violation.get().questionIds());
        }
      } catch (InvalidAnswerException again) {
        // fall through: the message of the whole is the one to give
      }
    }
    return ApiProblem.invalidAnswer(e.getMessage(), field, null, null);
  }

  /** Refuses the one answer {@code id: value} when it is wrong on its own. */
  private void checkOne(String field, String id, JsonNode value) {
    ObjectNode one = JsonNodeFactory.instance.objectNode();
    one.set(id, value);
    try {
      reader.fromTree(field, one);
    } catch (InvalidAnswerException e) {
      throw ApiProblem.invalidAnswer(e.getMessage(), field, id, JsonTrees.plain(value));
    }
  }
}
