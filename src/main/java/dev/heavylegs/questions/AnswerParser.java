package dev.heavylegs.questions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.heavylegs.facts.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks one value against its question: the type, the range and the choices all come from the
 * catalogue. Failures are {@link InvalidAnswerException}s whose message says what is wrong with the
 * value, without the file or question id (the caller adds those).
 */
public final class AnswerParser {

  /** The word a runner may use for "I don't know", besides leaving the answer out or null. */
  public static final String UNKNOWN = "unknown";

  private AnswerParser() {}

  /** True when {@code node} means "not known": JSON null or the string {@code unknown}. */
  public static boolean isUnknown(JsonNode node) {
    return node == null
        || node.isNull()
        || (node.isTextual() && node.asText().trim().equalsIgnoreCase(UNKNOWN));
  }

  /** The validated answer {@code node} gives to {@code question}. */
  public static GivenAnswer parse(Question question, JsonNode node) throws InvalidAnswerException {
    return switch (question.type()) {
      case NUMBER -> number(question, node, false);
      case INTEGER -> number(question, node, true);
      case BOOLEAN -> flag(node);
      case CHOICE -> new GivenAnswer.Choice(choice(question, node));
      case MULTI_CHOICE -> choices(question, node);
    };
  }

  private static GivenAnswer number(Question question, JsonNode node, boolean whole)
      throws InvalidAnswerException {
    double value;
    if (node.isNumber()) {
      value = node.asDouble();
    } else if (node.isTextual()) {
      value = TypedAnswerParser.numberIn(question, node.asText()); // "500 mi", "86F"
    } else {
      throw new InvalidAnswerException(shown(node) + " is not a number");
    }
    if (whole && value != Math.rint(value)) {
      throw new InvalidAnswerException(shown(node) + " is not a whole number");
    }
    if (value < question.min() || value > question.max()) {
      throw new InvalidAnswerException(shown(node) + " is outside " + question.rangeText());
    }
    return node.isTextual()
        ? GivenAnswer.Number.parsedFrom(value, node.asText(), question.unit())
        : new GivenAnswer.Number(value);
  }

  private static GivenAnswer flag(JsonNode node) throws InvalidAnswerException {
    if (node.isBoolean()) {
      return new GivenAnswer.Flag(node.asBoolean());
    }
    if (node.isTextual()) {
      Optional<Boolean> word = yesOrNo(node.asText());
      if (word.isPresent()) {
        return new GivenAnswer.Flag(word.get());
      }
    }
    throw new InvalidAnswerException(shown(node) + " is not yes or no (true or false)");
  }

  /** {@code yes}/{@code true} and {@code no}/{@code false}, in any case. */
  public static Optional<Boolean> yesOrNo(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "yes", "true", "y" -> Optional.of(true);
      case "no", "false", "n" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /**
   * The choice {@code node} names, as at the prompt: in any case ({@code "Hard"} is hard), spelled
   * with spaces or without hyphens ({@code "chest pain"} is chest-pain), or as one of its synonyms
   * ({@code "swollen calf"}). Beginnings of words are not enough in a file: nobody is there to ask.
   */
  private static String choice(Question question, JsonNode node) throws InvalidAnswerException {
    Optional<String> named =
        !node.isTextual()
            ? Optional.empty()
            : question.choices().keySet().stream()
                .filter(choice -> choice.equalsIgnoreCase(node.asText().trim()))
                .findFirst()
                .or(() -> TypedAnswerParser.spelledOut(question, node.asText()))
                .or(() -> synonymNamed(question, node.asText()));
    return named.orElseThrow(
        () ->
            new InvalidAnswerException(
                shown(node)
                    + " is not one of: "
                    + String.join(", ", question.choices().keySet())
                    + (node.isTextual()
                            && new ChoiceMatcher(question, java.util.Set.of()).match(node.asText())
                                instanceof ChoiceMatcher.NearMiss near
                        ? " (did you mean " + near.choice() + "?)"
                        : "")));
  }

  /** The choice one of whose synonyms is {@code text}, as words ("swollen calf"). */
  private static Optional<String> synonymNamed(Question question, String text) {
    String words = ChoiceMatcher.normalized(text);
    return question.choices().keySet().stream()
        .filter(
            c ->
                question.synonymsOf(c).stream()
                    .anyMatch(s -> ChoiceMatcher.normalized(s).equals(words)))
        .findFirst();
  }

  private static boolean isNone(JsonNode node) {
    return node.isTextual() && node.asText().trim().equalsIgnoreCase("none");
  }

  private static GivenAnswer choices(Question question, JsonNode node)
      throws InvalidAnswerException {
    // "none", or ["none"], as a runner would write it: none of the choices, as [] says
    if (isNone(node) || node.isArray() && node.size() == 1 && isNone(node.get(0))) {
      return new GivenAnswer.Choices(List.of());
    }
    if (node.isTextual() && node.asText().contains(",")) {
      // "thirst, dark-urine", as typed at the prompt: a list (no choice id holds a comma)
      ArrayNode list = JsonNodeFactory.instance.arrayNode();
      for (String part : node.asText().split(",", -1)) {
        list.add(part.trim());
      }
      return choices(question, list);
    }
    if (node.isTextual()) {
      return new GivenAnswer.Choices(List.of(choice(question, node)));
    }
    if (!node.isArray()) {
      throw new InvalidAnswerException(
          shown(node)
              + " is not a list of choices (for example [\""
              + question.choices().keySet().iterator().next()
              + "\"])");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode element : node) {
      if (isNone(element)) {
        throw new InvalidAnswerException(
            shown(node)
                + " has none together with a choice: give [] (or \"none\") alone,"
                + " or only the choices that apply");
      }
      String value = choice(question, element);
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    return new GivenAnswer.Choices(values);
  }

  /**
   * A value as the runner wrote it: numbers plain, text in quotes, anything else as JSON. A line
   * break or another control character (a terminal's escape sequence) is shown escaped, as JSON
   * writes it, so that the message stays one line and prints as it reads.
   */
  static String shown(JsonNode node) {
    if (node.isNumber()) {
      return Answer.formatNumber(node.asDouble());
    }
    String text = node.isTextual() ? '"' + escaped(node.asText()) + '"' : escaped(node.toString());
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  /** A question id as written in a file, its control characters escaped. */
  public static String shownId(String id) {
    return escaped(id);
  }

  /**
   * {@code text} with each control character written as JSON escapes it: a line break as {@code
   * \n}.
   */
  private static String escaped(String text) {
    if (text.chars().noneMatch(AnswerParser::isControl)) {
      return text;
    }
    StringBuilder escaped = new StringBuilder();
    text.chars()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default ->
                    escaped.append(
                        isControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c));
              }
            });
    return escaped.toString();
  }

  private static boolean isControl(int c) {
    return c < 0x20 || c >= 0x7F && c < 0xA0;
  }
}
