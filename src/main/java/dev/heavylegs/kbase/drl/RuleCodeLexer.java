package dev.heavylegs.kbase.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the code parts of a rule (a condition's constraint, a consequence) into the few kinds of
 * token a knowledge base may use: names, plain string literals, plain decimal numbers and a fixed
 * set of operators. Anything else stops the reading with the offset where it stands.
 *
 * <p>This is the lexical half of {@link DrlSafety}, and it is strict where Java and MVEL differ
 * from what it reads: a backslash is refused everywhere, comments and string literals included,
 * because Java turns {@code \u000a} into a line break (or {@code \u0022} into a quote) before it
 * reads anything, so an escape can end a comment or a string and start code; a line comment ends at
 * a carriage return as well as a line feed, as in Java; only ASCII may stand outside comments and
 * strings. What it accepts, javac, ECJ and MVEL read as the same tokens.
 */
public final class RuleCodeLexer {

  /** The kinds of token. */
  enum Kind {
    NAME,
    STRING,
    NUMBER,
    SYMBOL,
    END
  }

  /** A token and where it starts in the text read. */
  record Token(Kind kind, String text, int offset) {

    boolean is(String symbolOrName) {
      return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbolOrName);
    }

    /** How a message names this token. */
    String shown() {
      return kind == Kind.END ? "the end" : "'" + text + "'";
    }
  }

  /** Why the text cannot be read, and where. */
  public static final class RuleCodeException extends Exception {
    private final int offset;
    private final boolean syntax;

    public RuleCodeException(int offset, String message) {
      this(offset, message, false);
    }

    private RuleCodeException(int offset, String message, boolean syntax) {
      super(message, null, false, false);
      this.offset = offset;
      this.syntax = syntax;
    }

    /** A slip of punctuation (a missing bracket or semicolon) in code that is otherwise allowed. */
    public static RuleCodeException syntax(int offset, String message) {
      return new RuleCodeException(offset, message, true);
    }

    public int offset() {
      return offset;
    }

    /** True for a slip of punctuation, false for code that is not allowed at all. */
    public boolean isSyntax() {
      return syntax;
    }
  }

  /** Longest first, so that {@code <=} is not read as {@code <} and {@code =}. */
  private static final List<String> SYMBOLS =
      List.of("==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")", ",", ";", ".", ":", "-");

  private static final Set<Character> JAVA_WHITESPACE = Set.of(' ', '\t', '\n', '\r', '\f');

  private final String text;
  private final boolean comments;
  private int at;

  private RuleCodeLexer(String text, boolean comments) {
    this.text = text;
    this.comments = comments;
  }

  /**
   * The tokens of {@code text}, ending with an {@link Kind#END} token.
   *
   * @param comments whether Java comments may appear (in a consequence; a constraint as the DRL
   *     parser hands it over has none)
   */
  static List<Token> tokens(String text, boolean comments) throws RuleCodeException {
    return new RuleCodeLexer(text, comments).all();
  }

  private List<Token> all() throws RuleCodeException {
    int backslash = text.indexOf('\\');
    if (backslash >= 0) {
      throw new RuleCodeException(
          backslash,
          "a backslash is not allowed in rule code, not even in a"
              + " comment or a text: Java reads \\u escapes as code; write the character itself");
    }
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipSpaceAndComments();
      if (at >= text.length()) {
        tokens.add(new Token(Kind.END, "", at));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private void skipSpaceAndComments() throws RuleCodeException {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (JAVA_WHITESPACE.contains(c)) {
        at++;
      } else if (comments && text.startsWith("//", at)) {
        while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
          at++;
        }
      } else if (comments && text.startsWith("/*", at)) {
        int end = text.indexOf("*/", at + 2);
        if (end < 0) {
          throw new RuleCodeException(at, "a comment opened with /* is never closed with */");
        }
        at = end + 2;
      } else {
        return;
      }
    }
  }

  private Token next() throws RuleCodeException {
    int start = at;
    char c = text.charAt(at);
    if (isNameStart(c)) {
      while (at < text.length() && isNamePart(text.charAt(at))) {
        at++;
      }
      return new Token(Kind.NAME, text.substring(start, at), start);
    }
    if (c >= '0' && c <= '9') {
      return number(start);
    }
    if (c == '"') {
      return string(start);
    }
    for (String symbol : SYMBOLS) {
      if (text.startsWith(symbol, at)) {
        at += symbol.length();
        return new Token(Kind.SYMBOL, symbol, start);
      }
    }
    throw new RuleCodeException(start, notAllowed(c));
  }

  /** A plain decimal number: digits, optionally a point and more digits. */
  private Token number(int start) throws RuleCodeException {
    digits();
    if (at + 1 < text.length() && text.charAt(at) == '.' && isDigit(text.charAt(at + 1))) {
      at++;
      digits();
    }
    if (at < text.length() && (isNamePart(text.charAt(at)) || text.charAt(at) == '.')) {
      throw new RuleCodeException(
          start,
          "write a number as plain digits, with a point for decimals"
              + " (640, 1.27): '"
              + text.substring(start, Math.min(text.length(), at + 1))
              + "' is not one");
    }
    return new Token(Kind.NUMBER, text.substring(start, at), start);
  }

  private void digits() {
    while (at < text.length() && isDigit(text.charAt(at))) {
      at++;
    }
  }

  /** A double-quoted text on one line; backslashes were refused already. */
  private Token string(int start) throws RuleCodeException {
    at++;
    while (at < text.length() && text.charAt(at) != '"') {
      char c = text.charAt(at);
      if (c == '\n' || c == '\r') {
        break;
      }
      if (Character.isISOControl(c)) {
        throw new RuleCodeException(
            at, "a control character (U+" + hex(c) + ") is not allowed in a text");
      }
      at++;
    }
    if (at >= text.length() || text.charAt(at) != '"') {
      throw new RuleCodeException(start, "a text opened with \" is not closed on the same line");
    }
    int commentEnd = text.substring(start, at).indexOf("*/");
    if (commentEnd >= 0) {
      // Drools writes some texts into comments of the Java it generates, where */ would end them.
      throw new RuleCodeException(start + commentEnd, "'*/' is not allowed in a text");
    }
    at++;
    return new Token(Kind.STRING, text.substring(start, at), start);
  }

  private static String notAllowed(char c) {
    if (c == '#') {
      return "'#' is not allowed here: comments start with //";
    }
    if (c == '\'') {
      return "' is not allowed here: write texts in double quotes";
    }
    if (c > 127 || Character.isISOControl(c)) {
      return "the character U+"
          + hex(c)
          + " is not allowed here: outside comments and texts, rule code"
          + " is plain ASCII";
    }
    return "'"
        + c
        + "' is not allowed here: rules only compare answers and conclusions and insert"
        + " conclusions";
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }

  private static boolean isNameStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
