package dev.heavylegs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads JSON text into a {@link JsonNode} tree: one value, comments allowed, no key twice, nothing
 * after it.
 */
public final class JsonTrees {

  // A key given twice is refused: keeping either value silently could drop a red-flag answer.
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** An integer as YAML and JSON both read it: no leading zero, no hex or octal. */
  private static final Pattern PLAIN_INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");

  private JsonTrees() {}

  /**
   * The value in {@code text}, or a missing node when the text holds none.
   *
   * @throws JsonProcessingException when the text is not one JSON value, with the position
   */
  public static JsonNode parse(String text) throws JsonProcessingException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return NODES.missingNode();
      }
      JsonNode value = value(parser, first, false); // JSON has no octal: its integers are plain
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new JsonParseException(
            parser, "Trailing token (of type " + after + ") found after value");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a string does no I/O
    }
  }

  /**
   * The value at {@code parser}'s next token, read as {@link #parse} reads JSON; for parsers of
   * other formats (YAML). An integer not written as a plain decimal ({@code 0031}, which YAML 1.1
   * reads as octal 25, or {@code 0x1E}) is kept as the text written, for the answer's own checks.
   *
   * @throws JsonProcessingException when the input is malformed, with the position
   */
  public static JsonNode read(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    return first == null ? NODES.missingNode() : value(parser, first, true);
  }

  /** {@code node} as plain Java: maps, lists, strings, numbers, booleans and null. */
  public static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.fields().forEachRemaining(field -> map.put(field.getKey(), plain(field.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(plain(item)));
      return list;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isNumber() ? node.numberValue() : null;
  }

  private static JsonNode value(JsonParser parser, JsonToken token, boolean checkIntegers)
      throws IOException {
    switch (token) {
      case START_OBJECT:
        {
          ObjectNode object = NODES.objectNode();
          for (JsonToken t = parser.nextToken();
              t != JsonToken.END_OBJECT;
              t = parser.nextToken()) {
            String name = parser.currentName();
            object.set(name, value(parser, parser.nextToken(), checkIntegers));
          }
          return object;
        }
      case START_ARRAY:
        {
          ArrayNode array = NODES.arrayNode();
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            array.add(value(parser, t, checkIntegers));
          }
          return array;
        }
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        if (checkIntegers && !PLAIN_INTEGER.matcher(parser.getText()).matches()) {
          return NODES.textNode(parser.getText());
        }
        switch (parser.getNumberType()) { // the node types an ObjectMapper makes
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonParseException(parser, "Unexpected token " + token);
    }
  }
}
