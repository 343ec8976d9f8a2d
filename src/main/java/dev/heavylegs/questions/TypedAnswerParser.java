package dev.heavylegs.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an answer a runner typed at a prompt: a number with an optional unit ({@code 500 mi},
 * {@code 86F}), yes or no, a choice by name, number or unambiguous beginning, or several choices
 * separated by commas or spaces ({@code none} for no choice). Range and choices come from the
 * catalogue, as for answers files; a failure says what is allowed.
 */
public final class TypedAnswerParser {

  private static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile("^\\s*(-?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*(.*?)\\s*$");

  /** {@code 1,5} is one and a half, as many runners write it. */
  private static final Pattern DECIMAL_COMMA = Pattern.compile("^(\\s*-?\\d+),(\\d+)");

  /** 1,200 or 12,000: a thousands separator to some, a decimal comma to others. */
  private static final Pattern THOUSANDS_OR_DECIMAL =
      Pattern.compile("^\\s*-?[1-9]\\d{0,2}(?:,\\d{3})+(?!\\d)");

  private static final List<String> NONE = List.of("none", "nothing", "-");

  private TypedAnswerParser() {}

  /**
   * {@code text} in quotes for a message, cut short when long: a pasted page need not come back
   * whole.
   */
  static String quoted(String text) {
    String trimmed = text.trim();
    return '"' + (trimmed.length() > 60 ? trimmed.substring(0, 57) + "..." : trimmed) + '"';
  }

  /** The validated answer {@code text} gives to {@code question}. */
  public static GivenAnswer parse(Question question, String text) throws InvalidAnswerException {
    return switch (question.type()) {
      case NUMBER, INTEGER -> number(question, text);
      case BOOLEAN ->
          new GivenAnswer.Flag(
              AnswerParser.yesOrNo(text)
                  .orElseThrow(
                      () -> new InvalidAnswerException(quoted(text) + " is not yes or no")));
      case CHOICE -> new GivenAnswer.Choice(choice(question, text.trim()));
      case MULTI_CHOICE -> choices(question, text);
    };
  }

  /**
   * The units a number {@code question} may be answered in, its own first ({@code months}, {@code
   * years}); empty when it has no unit.
   */
  public static List<String> units(Question question) {
    if (question.unit() == null || !question.type().isNumeric()) {
      return List.of();
    }
    List<String> units = new ArrayList<>();
    units.add(question.unit());
    units.addAll(Units.alternativesTo(question.unit()));
    return List.copyOf(units);
  }

  /**
   * What {@code question} accepts, in a few words: {@code a number in 0..5 cm (you may also answer
   * in in, mm)}.
   */
  public static String allowed(Question question) {
    return switch (question.type()) {
      case NUMBER, INTEGER -> {
        List<String> others = Units.alternativesTo(question.unit());
        yield (question.type() == QuestionType.INTEGER ? "a whole number" : "a number")
            + " in "
            + question.rangeText()
            + (others.isEmpty()
                ? ""
                : " (you may also answer in " + String.join(", ", others) + ")");
      }
      case BOOLEAN -> "yes or no";
      case CHOICE -> "one of the choices above, by name or number";
      case MULTI_CHOICE ->
          "the choices above that apply, by name or number, separated by commas, or none";
    };
  }

  /** A number typed with or without a unit, converted to the question's unit and checked. */
  static double numberIn(Question question, String text) throws InvalidAnswerException {
    if (THOUSANDS_OR_DECIMAL.matcher(text).find()) {
      String digits = text.trim().replaceAll("[^\\d,-].*$", "");
      String decimal =
          digits.indexOf(',') == digits.lastIndexOf(',') ? ", or " + digits.replace(',', '.') : "";
      throw new InvalidAnswerException(
          quoted(text)
              + " is ambiguous: write "
              + digits.replace(",", "")
              + decimal
              + " (a point for decimals)");
    }
    Matcher m = NUMBER_WITH_UNIT.matcher(DECIMAL_COMMA.matcher(text).replaceFirst("$1.$2"));
    if (!m.matches()) {
      throw new InvalidAnswerException(quoted(text) + " is not a number");
    }
    double typed = Double.parseDouble(m.group(1));
    String unit = m.group(2);
    double value = typed;
    if (!unit.isEmpty()) {
      Optional<Double> converted = Units.convert(typed, unit, question.unit());
      if (converted.isEmpty()) {
        List<String> others = Units.alternativesTo(question.unit());
        throw new InvalidAnswerException(
            quoted(text)
                + ": unknown unit \""
                + unit
                + "\" here; answer in "
                + (question.unit() == null ? "plain numbers" : question.unit())
                + (others.isEmpty() ? "" : " or " + String.join(", ", others)));
      }
      value = Math.round(converted.get() * 1e6) / 1e6; // drop floating-point dust, keep precision
    }
    return value;
  }

  private static GivenAnswer number(Question question, String text) throws InvalidAnswerException {
    double value = numberIn(question, text);
    if (question.type() == QuestionType.INTEGER && value != Math.rint(value)) {
      throw new InvalidAnswerException(quoted(text) + " is not a whole number");
    }
    if (value < question.min() || value > question.max()) {
      throw new InvalidAnswerException(quoted(text) + " is outside " + question.rangeText());
    }
    return GivenAnswer.Number.parsedFrom(value, text, question.unit());
  }

  private static String choice(Question question, String word) throws InvalidAnswerException {
    List<String> choices = new ArrayList<>(question.choices().keySet());
    String lower = word.toLowerCase(Locale.ROOT);
    if (choices.contains(lower)) {
      return lower;
    }
    if (lower.matches("\\d+")) {
      int index = Integer.parseInt(lower);
      if (index >= 1 && index <= choices.size()) {
        return choices.get(index - 1);
      }
    }
    List<String> starting =
        choices.stream().filter(c -> !lower.isEmpty() && c.startsWith(lower)).toList();
    if (starting.size() == 1) {
      return starting.get(0);
    }
    throw new InvalidAnswerException(
        quoted(word)
            + " is not one of: "
            + String.join(", ", choices)
            + (starting.size() > 1 ? " (it could be " + String.join(" or ", starting) + ")" : ""));
  }

  private static GivenAnswer choices(Question question, String text) throws InvalidAnswerException {
    String trimmed = text.trim();
    if (NONE.contains(trimmed.toLowerCase(Locale.ROOT))) {
      return new GivenAnswer.Choices(List.of());
    }
    List<String> values = new ArrayList<>();
    for (String part : trimmed.split(",")) {
      // "chest pain", "chest_pain" or "chestpain" for chest-pain: written as words, not as the id
      Optional<String> spelled = spelledOut(question, part);
      for (String word :
          spelled.isPresent() ? List.of(spelled.get()) : List.of(part.trim().split("\\s+"))) {
        if (word.isEmpty()) {
          continue; // ",thirst" or "thirst," : a stray separator
        }
        if (NONE.contains(word.toLowerCase(Locale.ROOT))) {
          throw new InvalidAnswerException(
              quoted(trimmed)
                  + " has none together with a choice: answer none alone,"
                  + " or only the choices that apply");
        }
        String value = choice(question, word);
        if (!values.contains(value)) {
          values.add(value);
        }
      }
    }
    return new GivenAnswer.Choices(values);
  }

  /** The one choice {@code part} names when spaces, hyphens and case are ignored ("chest pain"). */
  static Optional<String> spelledOut(Question question, String part) {
    String letters = lettersAndDigits(part);
    if (letters.isEmpty()) {
      return Optional.empty();
    }
    List<String> matching =
        question.choices().keySet().stream()
            .filter(choice -> lettersAndDigits(choice).equals(letters))
            .toList();
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  private static String lettersAndDigits(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
