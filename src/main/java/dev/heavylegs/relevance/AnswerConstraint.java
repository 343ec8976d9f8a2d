package dev.heavylegs.relevance;

import dev.heavylegs.facts.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates one constraint of an {@code Answer} pattern, as written in a rule, against one answer:
 * comparisons of {@code value} or {@code number} with literals, {@code in} and {@code not in}
 * lists, {@code &&}, {@code ||}, {@code !} and parentheses. That covers what the rules of a
 * knowledge base write about answers; anything else yields empty ("cannot tell"), and question
 * selection then keeps asking what the rule reads, which is the safe side.
 */
public final class AnswerConstraint {

  private final List<String> tokens;
  private final Answer answer;
  private int position;

  private AnswerConstraint(List<String> tokens, Answer answer) {
    this.tokens = tokens;
    this.answer = answer;
  }

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

  /** Every number written in {@code expression}: the thresholds a rule compares answers with. */
  public static List<Double> numbersIn(String expression) {
    List<Double> numbers = new ArrayList<>();
    Matcher m = NUMBER.matcher(expression);
    while (m.find()) {
      numbers.add(Double.parseDouble(m.group()));
    }
    return numbers;
  }

  /**
   * The tokens of every expression met so far (empty when not understood). A knowledge base has a
   * few hundred; question selection evaluates them over and over, dozens of times a step.
   */
  private static final Map<String, Optional<List<String>>> TOKENS = new ConcurrentHashMap<>();

  /**
   * Whether {@code answer} meets {@code expression}; empty when the expression is not understood.
   */
  public static Optional<Boolean> holds(String expression, Answer answer) {
    Optional<List<String>> tokens = TOKENS.get(expression);
    if (tokens == null) {
      if (TOKENS.size() > 10_000) {
        TOKENS.clear(); // only an expert reloading many edited bases in one session gets here
      }
      tokens = tokensOf(expression);
      TOKENS.put(expression, tokens);
    }
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    try {
      AnswerConstraint parser = new AnswerConstraint(tokens.get(), answer);
      boolean result = parser.or();
      return parser.position == parser.tokens.size() ? Optional.of(result) : Optional.empty();
    } catch (NotUnderstood e) {
      return Optional.empty();
    }
  }

  private boolean or() {
    boolean result = and();
    while (accept("||")) {
      result |= and();
    }
    return result;
  }

  private boolean and() {
    boolean result = unary();
    while (accept("&&")) {
      result &= unary();
    }
    return result;
  }

  private boolean unary() {
    if (accept("!")) {
      return !unary();
    }
    if (accept("(")) {
      boolean result = or();
      expect(")");
      return result;
    }
    return comparison();
  }

  private boolean comparison() {
    Object field = field(next());
    if (accept("in")) {
      return in(field);
    }
    if (accept("not")) {
      expect("in");
      return !in(field);
    }
    String operator = next();
    Object literal = literal(next());
    return compare(field, operator, literal);
  }

  private boolean in(Object field) {
    expect("(");
    boolean found = false;
    do {
      found |= compare(field, "==", literal(next()));
    } while (accept(","));
    expect(")");
    return found;
  }

  private Object field(String name) {
    return switch (name) {
      case "value" -> answer.value();
      case "number" -> answer.number();
      case "question" -> answer.question();
      default -> throw new NotUnderstood();
    };
  }

  private static Object literal(String token) {
    if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
      return token.substring(1, token.length() - 1);
    }
    if (token.equals("null")) {
      return null;
    }
    try {
      return Double.parseDouble(token);
    } catch (NumberFormatException e) {
      throw new NotUnderstood();
    }
  }

  private static boolean compare(Object field, String operator, Object literal) {
    if (field == null || literal == null) {
      return switch (operator) {
        case "==" -> field == literal;
        case "!=" -> field != literal;
        default -> false;
      };
    }
    int order;
    if (field instanceof Double number && literal instanceof Double other) {
      order = Double.compare(number, other);
    } else if (field instanceof String text && literal instanceof String other) {
      order = text.compareTo(other);
    } else {
      throw new NotUnderstood();
    }
    return switch (operator) {
      case "==" -> order == 0;
      case "!=" -> order != 0;
      case "<" -> order < 0;
      case "<=" -> order <= 0;
      case ">" -> order > 0;
      case ">=" -> order >= 0;
      default -> throw new NotUnderstood();
    };
  }

  private boolean accept(String token) {
    if (position < tokens.size() && tokens.get(position).equals(token)) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw new NotUnderstood();
    }
  }

  private String next() {
    if (position >= tokens.size()) {
      throw new NotUnderstood();
    }
    return tokens.get(position++);
  }

  private static Optional<List<String>> tokensOf(String expression) {
    try {
      return Optional.of(List.copyOf(tokenize(expression)));
    } catch (NotUnderstood e) {
      return Optional.empty();
    }
  }

  private static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int end = text.indexOf('"', i + 1);
        if (end < 0) {
          throw new NotUnderstood();
        }
        tokens.add(text.substring(i, end + 1));
        i = end + 1;
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < text.length()
            && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
        tokens.add(text.substring(start, i));
      } else if (Character.isDigit(c)
          || (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        int start = i++;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
        tokens.add(text.substring(start, i));
      } else {
        String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
        if (List.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
          tokens.add(two);
          i += 2;
        } else if ("<>!(),".indexOf(c) >= 0) {
          tokens.add(String.valueOf(c));
          i++;
        } else {
          throw new NotUnderstood();
        }
      }
    }
    return tokens;
  }

  /** The expression uses something this evaluator does not know. */
  private static final class NotUnderstood extends RuntimeException {
    NotUnderstood() {
      super(null, null, false, false);
    }
  }
}
