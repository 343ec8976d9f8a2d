package dev.heavylegs.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.file.AnswersReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A request body as JSON: strict UTF-8, parsed as answer files are (a key given twice is refused),
 * an object whose fields are all ones the endpoint takes.
 */
final class RequestJson {

  private RequestJson() {}

  /** The object in {@code body}; a field not in {@code fields} is refused, naming it. */
  static ObjectNode object(byte[] body, List<String> fields, String example) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      throw ApiProblem.badRequest(ServeMessages.notUtf8(), null);
    }
    JsonNode root;
    try {
      root = AnswersReader.tree("request body", AnswersReader.withoutByteOrderMark(text), false);
    } catch (InvalidAnswerException e) {
      throw ApiProblem.badRequest(e.getMessage(), null);
    }
    if (!(root instanceof ObjectNode object)) {
      throw ApiProblem.badRequest("request body: expected a JSON object like " + example, null);
    }
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        throw ApiProblem.badRequest(
            "request body: unknown field \""
                + name
                + "\" (this endpoint takes "
                + String.join(", ", fields)
                + ")",
            name);
      }
    }
    return object;
  }

  /** The strings of an optional array field; anything else is refused, naming the field. */
  static Set<String> strings(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    Set<String> values = new LinkedHashSet<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (!node.isArray()) {
      throw ApiProblem.badRequest(field + ": expected a list of ids like [\"id\"]", field);
    }
    List<JsonNode> items = new ArrayList<>();
    node.forEach(items::add);
    for (JsonNode item : items) {
      if (!item.isTextual()) {
        throw ApiProblem.badRequest(field + ": " + item + " is not an id (a string)", field);
      }
      values.add(item.asText());
    }
    return values;
  }

  /** A required string field. */
  static String string(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw ApiProblem.badRequest(field + ": required, a string", field);
    }
    return node.asText().strip();
  }
}
