package dev.heavylegs.kbase.drl;

import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.facts.Urgency;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.drl.RuleCodeLexer.RuleCodeException;
import dev.heavylegs.kbase.drl.RuleCodeLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a rule's consequence (the code after {@code then}) in the one form a knowledge base may
 * use, statement by statement:
 *
 * <pre>
 *   insertLogical( new Condition|Cause|Recommendation( "id" ) );
 *   insertLogical( new Referral( "id", Urgency.EMERGENCY|URGENT|ROUTINE ) );
 * </pre>
 *
 * Comments and blank statements may stand between them; nothing else may. What it accepts is the
 * whole of what the compiler will see, token for token (see {@link RuleCodeLexer}).
 */
public final class ConsequenceReader {

  private static final Map<String, Kind> CONCLUSION_TYPES =
      Map.of(
          "Condition",
          Kind.CONDITION,
          "Cause",
          Kind.CAUSE,
          "Recommendation",
          Kind.RECOMMENDATION,
          "Referral",
          Kind.REFERRAL);

  /** The form of a conclusion's id: letters, digits, dots, hyphens and underscores. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /**
   * What a consequence concludes, and the first thing in it that is not allowed, if any.
   *
   * @param made the conclusions of its well-formed statements, in order
   * @param urgency the urgency of the first referral it makes, or null
   * @param problem the offset (in the consequence) and text of the first problem
   */
  public record Reading(List<ConclusionRef> made, Urgency urgency, Optional<Problem> problem) {}

  /**
   * A problem at an offset of the consequence; {@code syntax} when it is a slip of punctuation in
   * an otherwise allowed statement, not code that is not allowed.
   */
  public record Problem(int offset, String message, boolean syntax) {}

  private final String code;
  private final List<Token> tokens;
  private int at;

  private ConsequenceReader(String code, List<Token> tokens) {
    this.code = code;
    this.tokens = tokens;
  }

  /** Reads {@code consequence}. */
  public static Reading read(String consequence) {
    List<Token> tokens;
    try {
      tokens = RuleCodeLexer.tokens(consequence, true);
    } catch (RuleCodeException e) {
      return new Reading(
          List.of(), null, Optional.of(new Problem(e.offset(), e.getMessage(), e.isSyntax())));
    }
    return new ConsequenceReader(consequence, tokens).statements();
  }

  private Reading statements() {
    List<ConclusionRef> made = new ArrayList<>();
    Urgency urgency = null;
    Optional<Problem> problem = Optional.empty();
    while (peek().kind() != RuleCodeLexer.Kind.END) {
      if (peek().is(";")) {
        at++;
        continue;
      }
      try {
        Inserted inserted = insertStatement();
        made.add(inserted.conclusion());
        if (urgency == null) {
          urgency = inserted.urgency();
        }
      } catch (RuleCodeException e) {
        if (problem.isEmpty()) {
          problem = Optional.of(new Problem(e.offset(), e.getMessage(), e.isSyntax()));
        }
        skipPastStatement();
      }
    }
    return new Reading(List.copyOf(made), urgency, problem);
  }

  private record Inserted(ConclusionRef conclusion, Urgency urgency) {}

  private Inserted insertStatement() throws RuleCodeException {
    Token first = peek();
    if (!first.is("insertLogical")) {
      throw new RuleCodeException(first.offset(), "but it also does: " + statementAt(first));
    }
    at++;
    expect("(");
    expectWord("new"); // insertLogical( $fact ) and the like: not a conclusion made here
    Token type = take();
    Kind kind = CONCLUSION_TYPES.get(type.text());
    if (type.kind() != RuleCodeLexer.Kind.NAME || kind == null) {
      throw new RuleCodeException(
          type.offset(),
          "a rule may insert only a new Condition, Cause,"
              + " Recommendation or Referral, not "
              + type.shown());
    }
    expect("(");
    Token id = take();
    String idText = id.text().length() >= 2 ? id.text().substring(1, id.text().length() - 1) : "";
    if (id.kind() != RuleCodeLexer.Kind.STRING || !ID.matcher(idText).matches()) {
      throw new RuleCodeException(
          id.offset(),
          "a "
              + type.text()
              + "'s id is one quoted word of letters,"
              + " digits and hyphens (\"wrong-shoes\"), not "
              + id.shown());
    }
    Urgency urgency = null;
    if (kind == Kind.REFERRAL) {
      expect(",");
      urgency = urgency();
    }
    expect(")");
    expect(")");
    Token end = peek();
    if (!end.is(";") && end.kind() != RuleCodeLexer.Kind.END) {
      throw RuleCodeException.syntax(
          end.offset(), "expected ';' after insertLogical( ... ), found " + end.shown());
    }
    return new Inserted(new ConclusionRef(kind, idText), urgency);
  }

  private Urgency urgency() throws RuleCodeException {
    Token urgencyType = take();
    if (urgencyType.is("Urgency") && peek().is(".")) {
      at++;
      Token level = take();
      for (Urgency urgency : Urgency.values()) {
        if (level.kind() == RuleCodeLexer.Kind.NAME && level.text().equals(urgency.name())) {
          return urgency;
        }
      }
      urgencyType = level;
    }
    throw new RuleCodeException(
        urgencyType.offset(),
        "a Referral's urgency is Urgency.EMERGENCY,"
            + " Urgency.URGENT or Urgency.ROUTINE, not "
            + urgencyType.shown());
  }

  /** {@code symbol} next, or a syntax error: a slip of punctuation. */
  private void expect(String symbol) throws RuleCodeException {
    Token token = take();
    if (!token.is(symbol)) {
      throw RuleCodeException.syntax(token.offset(), expected(symbol, token));
    }
  }

  /** {@code word} next, or code that is not allowed (not a slip of punctuation). */
  private void expectWord(String word) throws RuleCodeException {
    Token token = take();
    if (!token.is(word)) {
      throw new RuleCodeException(token.offset(), expected(word, token));
    }
  }

  private static String expected(String text, Token found) {
    return "expected '"
        + text
        + "' in insertLogical( new Condition( \"id\" ) ), found "
        + found.shown();
  }

  /** The code from {@code token} to the end of its statement, shortened, for a message. */
  private String statementAt(Token token) {
    int end = code.indexOf(';', token.offset());
    String statement =
        code.substring(token.offset(), end < 0 ? code.length() : end)
            .replaceAll("\\s+", " ")
            .strip();
    return statement.length() > 60 ? statement.substring(0, 57) + "..." : statement;
  }

  private Token take() {
    Token token = peek();
    if (token.kind() != RuleCodeLexer.Kind.END) {
      at++;
    }
    return token;
  }

  private Token peek() {
    return tokens.get(at);
  }

  /** After a problem: on to the next statement, so that its conclusions are still read. */
  private void skipPastStatement() {
    while (peek().kind() != RuleCodeLexer.Kind.END && !peek().is(";")) {
      at++;
    }
  }
}
