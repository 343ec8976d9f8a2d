package dev.heavylegs.kbase.drl;

import dev.heavylegs.facts.Urgency;
import dev.heavylegs.kbase.drl.RuleCodeLexer.Kind;
import dev.heavylegs.kbase.drl.RuleCodeLexer.RuleCodeException;
import dev.heavylegs.kbase.drl.RuleCodeLexer.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one constraint of a condition, such as {@code number >= 640} or {@code value in ("hard",
 * "moderate")}, against the forms a knowledge base may use:
 *
 * <pre>
 *   constraint := [ $binding ':' ] expr
 *   expr       := and ( '||' and )*
 *   and        := unary ( '&amp;&amp;' unary )*
 *   unary      := '!' unary | '(' expr ')' | relation | compare operand
 *   relation   := subject [ compare operand | [ 'not' ] 'in' list ]
 *   list       := '(' operand ( ',' operand )* ')'
 *   subject    := field | $binding
 *   operand    := subject | "text" | [ '-' ] number | true | false | null | Urgency.LEVEL
 * </pre>
 *
 * A field is a plain lower-case name: the compiler checks that the fact has it. There is no call,
 * no {@code new}, no member access but an urgency, no regular expression (a pattern can be made to
 * take forever), so no engine can read code into it or be kept busy by it.
 */
public final class ConstraintGrammar {

  private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");

  /** Deeper than any condition an expert writes, shallow enough for every parser on the way. */
  private static final int MAX_DEPTH = 32;

  private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");

  /** Words of Java and MVEL that are never a field. */
  private static final Set<String> RESERVED =
      Set.of(
          "new",
          "class",
          "this",
          "super",
          "def",
          "function",
          "return",
          "if",
          "else",
          "for",
          "foreach",
          "while",
          "do",
          "until",
          "var",
          "instanceof",
          "import",
          "assert",
          "throw",
          "try",
          "with",
          "isdef",
          "in",
          "not",
          "matches",
          "contains",
          "memberOf",
          "excludes",
          "soundslike",
          "str",
          "empty",
          "nil",
          "int",
          "long",
          "double",
          "boolean");

  private final List<Token> tokens;
  private int at;
  private int depth;

  private ConstraintGrammar(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Refuses {@code constraint} with the offset and reason of its first token out of place. */
  public static void check(String constraint) throws RuleCodeException {
    ConstraintGrammar grammar = new ConstraintGrammar(RuleCodeLexer.tokens(constraint, false));
    grammar.constraint();
  }

  /**
   * Refuses an accumulate function's argument unless it is empty, a binding or a number ({@code
   * count(1)}, {@code sum($n)}).
   */
  public static void checkAccumulateArgument(String argument) throws RuleCodeException {
    List<Token> tokens = RuleCodeLexer.tokens(argument, false);
    Token first = tokens.get(0);
    boolean plain =
        first.kind() == Kind.END
            || tokens.size() == 2 && (first.kind() == Kind.NUMBER || isBinding(first));
    if (!plain) {
      throw new RuleCodeException(
          first.offset(),
          "an accumulate function takes a binding ($n) or a" + " number, not " + argument.strip());
    }
  }

  private void constraint() throws RuleCodeException {
    if (peek().kind() == Kind.NAME && peekAt(1).is(":")) {
      Token binding = take();
      if (!isBinding(binding)) {
        throw new RuleCodeException(
            binding.offset(),
            "a binding is a name that starts with $ ($n), not " + binding.shown());
      }
      take();
    }
    expr();
    if (peek().kind() != Kind.END) {
      throw outOfPlace(peek());
    }
  }

  private void expr() throws RuleCodeException {
    and();
    while (peek().is("||")) {
      take();
      and();
    }
  }

  private void and() throws RuleCodeException {
    unary();
    while (peek().is("&&")) {
      take();
      unary();
    }
  }

  private void unary() throws RuleCodeException {
    if (++depth > MAX_DEPTH) {
      throw new RuleCodeException(peek().offset(), "the condition is nested too deeply: split it");
    }
    if (peek().is("!")) {
      take();
      unary();
    } else if (peek().is("(")) {
      take();
      expr();
      expect(")");
    } else if (isComparison(peek())) {
      take(); // the second half of `number > 3 && < 10`
      operand();
    } else {
      relation();
    }
    depth--;
  }

  private void relation() throws RuleCodeException {
    Token subject = peek();
    if (subject.kind() != Kind.NAME || !isField(subject)) {
      throw subject.kind() == Kind.STRING || subject.kind() == Kind.NUMBER || subject.is("-")
          ? new RuleCodeException(
              subject.offset(),
              "a test starts with the field it tests (number >= 640),"
                  + " not with a value: "
                  + subject.shown())
          : outOfPlace(take());
    }
    operand();
    Token next = peek();
    if (isComparison(next)) {
      take();
      operand();
      return;
    }
    if (next.is("not")) {
      take();
      next = peek();
      if (!next.is("in")) {
        throw new RuleCodeException(
            next.offset(), "'not' here is followed by in, not " + next.shown());
      }
    }
    if (next.is("in")) {
      take();
      list();
    }
  }

  private void list() throws RuleCodeException {
    expect("(");
    operand();
    while (peek().is(",")) {
      take();
      operand();
    }
    expect(")");
  }

  private void operand() throws RuleCodeException {
    Token token = take();
    switch (token.kind()) {
      case STRING, NUMBER -> {}
      case SYMBOL -> {
        if (!token.is("-") || peek().kind() != Kind.NUMBER) {
          throw outOfPlace(token);
        }
        take();
      }
      case NAME -> {
        if (token.is("Urgency") && peek().is(".")) {
          take();
          Token level = take();
          if (Arrays.stream(Urgency.values()).noneMatch(u -> level.text().equals(u.name()))) {
            throw new RuleCodeException(
                level.offset(),
                "an urgency is Urgency.EMERGENCY, Urgency.URGENT"
                    + " or Urgency.ROUTINE, not "
                    + level.shown());
          }
        } else if (!LITERAL_WORDS.contains(token.text()) && !isField(token)) {
          throw outOfPlace(token);
        }
        if (peek().is("(") || peek().is(".")) {
          throw reachesOut(token);
        }
      }
      case END ->
          throw new RuleCodeException(
              token.offset(), "the condition ends where a value or a" + " field was expected");
    }
  }

  /** A field of a fact, or a binding: a name that is not a class, a keyword or a call. */
  private static boolean isField(Token token) {
    if (token.kind() != Kind.NAME || RESERVED.contains(token.text())) {
      return false;
    }
    return isBinding(token) || Character.isLowerCase(token.text().charAt(0));
  }

  /** A binding: $ and a plain name ({@code $n}, {@code $distance}). */
  static boolean isBinding(Token token) {
    String name = token.text();
    return token.kind() == Kind.NAME
        && name.length() > 1
        && name.charAt(0) == '$'
        && Character.isLetter(name.charAt(1))
        && name.indexOf('$', 1) < 0;
  }

  /** True when {@code constraint} is exactly {@code field == "text"}, which names one fact. */
  public static boolean pins(String constraint, String field) {
    return pinned(constraint, field).isPresent();
  }

  /** The question {@code constraint} names when it is exactly {@code question == "id"}. */
  public static Optional<String> pinnedQuestion(String constraint) {
    return pinned(constraint, "question");
  }

  private static Optional<String> pinned(String constraint, String field) {
    List<Token> tokens = tokensOrEmpty(constraint);
    boolean pins =
        tokens.size() == 4
            && tokens.get(0).is(field)
            && tokens.get(1).is("==")
            && tokens.get(2).kind() == Kind.STRING;
    String text = pins ? tokens.get(2).text() : "";
    return pins ? Optional.of(text.substring(1, text.length() - 1)) : Optional.empty();
  }

  /**
   * True when {@code constraint} narrows an answer to named values: {@code value == "x"} or {@code
   * value in ( ... )}, with no {@code ||} or negation that would widen it again.
   */
  public static boolean pinsValue(String constraint) {
    List<Token> tokens = tokensOrEmpty(constraint);
    boolean widened =
        tokens.stream().anyMatch(t -> t.is("||") || t.is("!") || t.is("!=") || t.is("not"));
    return tokens.size() > 2
        && tokens.get(0).is("value")
        && (tokens.get(1).is("==") || tokens.get(1).is("in"))
        && !widened;
  }

  private static List<Token> tokensOrEmpty(String constraint) {
    try {
      return RuleCodeLexer.tokens(constraint, false);
    } catch (RuleCodeException e) {
      return List.of();
    }
  }

  private RuleCodeException outOfPlace(Token token) {
    if (token.kind() == Kind.NAME
        && (Character.isUpperCase(token.text().charAt(0))
            || token.is("new")
            || peekAt(0).is("(")
            || peekAt(0).is("."))) {
      return reachesOut(token);
    }
    if (token.kind() == Kind.END) {
      return new RuleCodeException(token.offset(), "the condition ends too early");
    }
    return new RuleCodeException(
        token.offset(),
        token.shown()
            + " is out of place in a condition: a"
            + " condition compares an answer's number or value, or a conclusion's id");
  }

  private static RuleCodeException reachesOut(Token token) {
    return new RuleCodeException(
        token.offset(),
        "'"
            + token.text()
            + "' in a condition is not allowed:"
            + " a condition compares an answer's number or value, or a conclusion's id");
  }

  private void expect(String symbol) throws RuleCodeException {
    Token token = take();
    if (!token.is(symbol)) {
      throw new RuleCodeException(
          token.offset(), "expected '" + symbol + "' in a condition, found " + token.shown());
    }
  }

  private static boolean isComparison(Token token) {
    return token.kind() == Kind.SYMBOL && COMPARISONS.contains(token.text());
  }

  private Token take() {
    Token token = peek();
    if (token.kind() != Kind.END) {
      at++;
    }
    return token;
  }

  private Token peek() {
    return peekAt(0);
  }

  private Token peekAt(int ahead) {
    return tokens.get(Math.min(at + ahead, tokens.size() - 1));
  }
}
