package dev.heavylegs.kbase;

import dev.heavylegs.facts.Urgency;
import dev.heavylegs.kbase.RuleCodeLexer.Kind;
import dev.heavylegs.kbase.RuleCodeLexer.RuleCodeException;
import dev.heavylegs.kbase.RuleCodeLexer.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Checks one constraint of a condition, such as {@code number >= 640} or
 * {@code value in ("hard", "moderate")}, against the forms a knowledge base may use:
 *
 * <pre>
 *   constraint := [ binding ':' ] expr
 *   expr       := and ( '||' and )*
 *   and        := unary ( '&amp;&amp;' unary )*
 *   unary      := '!' unary | '(' expr ')' | relation | compare operand
 *   relation   := operand [ compare operand | [ 'not' ] ( 'in' list | word-operator operand ) ]
 *   list       := '(' operand ( ',' operand )* ')'
 *   operand    := field | $binding | "text" | [ '-' ] number | true | false | null | Urgency.LEVEL
 * </pre>
 *
 * A field is a plain lower-case name: the compiler checks that the fact has it. There is no call,
 * no {@code new}, no member access but an urgency, so no engine can read code into it.
 */
final class ConstraintGrammar {

  private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");
  private static final Set<String> WORD_OPERATORS = Set.of("matches", "contains", "memberOf");
  private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");
  /** Words of Java and MVEL that are never a field. */
  private static final Set<String> RESERVED = Set.of("new", "class", "this", "super", "def", "function",
      "return", "if", "else", "for", "foreach", "while", "do", "until", "var", "instanceof", "import",
      "assert", "throw", "try", "with", "isdef", "in", "not", "matches", "contains", "memberOf");

  private final List<Token> tokens;
  private int at;

  private ConstraintGrammar(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Refuses {@code constraint} with the offset and reason of its first token out of place. */
  static void check(String constraint) throws RuleCodeException {
    ConstraintGrammar grammar = new ConstraintGrammar(RuleCodeLexer.tokens(constraint, false));
    grammar.constraint();
  }

  /**
   * Refuses an accumulate function's argument unless it is empty, a binding or a number
   * ({@code count(1)}, {@code sum($n)}).
   */
  static void checkAccumulateArgument(String argument) throws RuleCodeException {
    List<Token> tokens = RuleCodeLexer.tokens(argument, false);
    Token first = tokens.get(0);
    boolean plain = first.kind() == Kind.END
        || tokens.size() == 2 && (first.kind() == Kind.NUMBER || isField(first));
    if (!plain) {
      throw new RuleCodeException(first.offset(), "an accumulate function takes a binding ($n) or a"
          + " number, not " + argument.strip());
    }
  }

  private void constraint() throws RuleCodeException {
    if (peek().kind() == Kind.NAME && peekAt(1).is(":")) {
      Token binding = take();
      if (!isField(binding)) {
        throw outOfPlace(binding);
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
  }

  private void relation() throws RuleCodeException {
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
      if (!next.is("in") && !isWordOperator(next)) {
        throw new RuleCodeException(next.offset(), "'not' here is followed by in, matches, contains or"
            + " memberOf, not " + next.shown());
      }
    }
    if (next.is("in")) {
      take();
      list();
    } else if (isWordOperator(next)) {
      take();
      operand();
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
      case STRING, NUMBER -> { }
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
            throw new RuleCodeException(level.offset(), "an urgency is Urgency.EMERGENCY, Urgency.URGENT"
                + " or Urgency.ROUTINE, not " + level.shown());
          }
        } else if (!LITERAL_WORDS.contains(token.text()) && !isField(token)) {
          throw outOfPlace(token);
        }
        if (peek().is("(") || peek().is(".")) {
          throw reachesOut(token);
        }
      }
      case END -> throw new RuleCodeException(token.offset(), "the condition ends where a value or a"
          + " field was expected");
    }
  }

  /** A field of a fact, or a binding: a name that is not a class, a keyword or a call. */
  private static boolean isField(Token token) {
    if (token.kind() != Kind.NAME || RESERVED.contains(token.text())) {
      return false;
    }
    char first = token.text().charAt(0);
    return first == '$' || first == '_' || Character.isLowerCase(first);
  }

  private RuleCodeException outOfPlace(Token token) {
    if (token.kind() == Kind.NAME
        && (Character.isUpperCase(token.text().charAt(0)) || token.is("new") || peekAt(0).is("(")
            || peekAt(0).is("."))) {
      return reachesOut(token);
    }
    if (token.kind() == Kind.END) {
      return new RuleCodeException(token.offset(), "the condition ends too early");
    }
    return new RuleCodeException(token.offset(), token.shown() + " is out of place in a condition: a"
        + " condition compares an answer's number or value, or a conclusion's id");
  }

  private static RuleCodeException reachesOut(Token token) {
    return new RuleCodeException(token.offset(), "'" + token.text() + "' in a condition is not allowed:"
        + " a condition compares an answer's number or value, or a conclusion's id");
  }

  private void expect(String symbol) throws RuleCodeException {
    Token token = take();
    if (!token.is(symbol)) {
      throw new RuleCodeException(token.offset(), "expected '" + symbol + "' in a condition, found "
          + token.shown());
    }
  }

  private static boolean isComparison(Token token) {
    return token.kind() == Kind.SYMBOL && COMPARISONS.contains(token.text());
  }

  private static boolean isWordOperator(Token token) {
    return token.kind() == Kind.NAME && WORD_OPERATORS.contains(token.text());
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
