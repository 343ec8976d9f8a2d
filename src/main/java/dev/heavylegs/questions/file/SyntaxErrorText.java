package dev.heavylegs.questions.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JSON or YAML parser found wrong, in words for a runner: Jackson's and SnakeYAML's messages
 * name Java types, character codes and {@code [Source: ...]} locations, and SnakeYAML's run over
 * several lines with a snippet of the text.
 */
public final class SyntaxErrorText {

  private record Rewording(Pattern pattern, Function<Matcher, String> words) {}

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  /** The parsers' messages that come up, from the most specific; the first that matches is used. */
  private static final List<Rewording> REWORDINGS =
      List.of(
          reword(
              "Unexpected character \\('''.*",
              m -> "text must be in double quotes (\"...\"), not single ones"),
          reword(
              "Unexpected character \\('(.)' \\(code \\d+\\)\\)(?: in numeric value)?: was expecting double-quote"
                  + " to start field name",
              m ->
                  "unexpected '"
                      + m.group(1)
                      + "': expected a question id in double quotes"
                      + " (or a comma too many before it)"),
          reword(
              "Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting a colon.*",
              m ->
                  "unexpected '"
                      + m.group(1)
                      + "': expected ':' between the question id and its answer"),
          reword(
              "Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting comma.*",
              m ->
                  "unexpected '"
                      + m.group(1)
                      + "': expected ',' between two answers (or a closing bracket)"),
          reword(
              "Unexpected character \\('(.)' \\(code \\d+\\)\\) in numeric value: (.*)",
              m -> "unexpected '" + m.group(1) + "' in a number"),
          reword(
              "Unexpected character \\('(.)' \\(code \\d+\\)\\).*",
              m ->
                  "unexpected '"
                      + m.group(1)
                      + "': expected an answer (a number, \"text\", true, false, null or a list)"),
          reword(
              "Unrecognized token '(.*)': was expecting.*",
              m ->
                  m.group(1)
                      + " is not a JSON value: text must be in double quotes (\""
                      + m.group(1)
                      + "\")"),
          reword(
              "Unexpected end-of-input: expected close marker for (Object|Array).*",
              m -> "the text ends before the closing " + (m.group(1).equals("Object") ? "}" : "]")),
          reword(
              "Unexpected end-of-input: was expecting closing quote.*",
              m -> "the text ends inside a quoted text (a closing \" is missing)"),
          reword("Unexpected end-of-input.*", m -> "the text ends too early"),
          reword(
              "Unexpected close marker '(.)': expected '.' \\(for root.*",
              m -> "unexpected '" + m.group(1) + "'"),
          reword(
              "Unexpected close marker '(.)': expected '(.)'.*",
              m -> "unexpected '" + m.group(1) + "': expected '" + m.group(2) + "'"),
          reword(
              "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
              m ->
                  (m.group(1).equals("10") || m.group(1).equals("13")
                          ? "a line break"
                          : m.group(1).equals("9") ? "a tab" : "a control character")
                      + " inside a quoted text"),
          reword("Non-standard token '(.*)'.*", m -> m.group(1) + " is not a number JSON allows"),
          reword(
              "Invalid numeric value: Leading zeroes not allowed.*",
              m -> "a number starts with 0 (write 7, not 07)"),
          reword(
              "Unrecognized character escape '(.)'.*",
              m -> "unknown escape \\" + m.group(1) + " in a quoted text"),
          reword("Trailing token .*", m -> "more after the answers: put every answer in one {...}"),
          reword(
              "Unexpected token VALUE_EMBEDDED_OBJECT",
              m -> "a binary value (!!binary) is not an answer"),
          reword(
              ".*AliasEvent\\(anchor=(.*)\\).*",
              m ->
                  "YAML aliases (*"
                      + m.group(1)
                      + ") are not allowed in an answers file; write the value itself"),
          reword("found character '\\\\t\\(TAB\\)'.*", m -> "a tab: indent with spaces"),
          reword(
              "found character '(.)' that cannot start any token.*",
              m -> "unexpected '" + m.group(1) + "': a text starting with it must be in quotes"),
          reword(
              "mapping values are not allowed here",
              m -> "unexpected ':' (put text holding \": \" in quotes, and check the indentation)"),
          reword("expected <block end>, but found .*", m -> "the indentation does not fit here"),
          reword(
              "found unexpected end of stream",
              m -> "the text ends inside a quoted text (a closing quote is missing)"));

  private SyntaxErrorText() {}

  private static Rewording reword(String regex, Function<Matcher, String> words) {
    return new Rewording(Pattern.compile(regex, Pattern.DOTALL), words);
  }

  /**
   * {@code e} as the part of a message after the file name: {@code not valid JSON: <what> (line L,
   * column C)}, or for a key given twice {@code <id>: answered twice (line L, column C); ...}.
   */
  static String of(JsonProcessingException e, boolean yaml) {
    String message =
        e instanceof MarkedYAMLException marked && marked.getProblem() != null
            ? marked.getProblem()
            : e.getOriginalMessage();
    String where = where(e);
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.matches()) {
      return duplicate.group(1) + ": answered twice" + where + "; give each answer once";
    }
    return "not valid " + (yaml ? "YAML" : "JSON") + ": " + plain(message) + where;
  }

  /**
   * {@code e}, from parsing a text of one line (a batch line), as {@code not valid JSON: <what>
   * (column C)}.
   */
  public static String ofOneLine(JsonProcessingException e) {
    Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
    if (duplicate.matches()) {
      return duplicate.group(1) + ": answered twice; give each answer once";
    }
    JsonLocation location = e.getLocation();
    String where =
        location == null || location.getColumnNr() < 1
            ? ""
            : " (column " + location.getColumnNr() + ")";
    return "not valid JSON: " + plain(e.getOriginalMessage()) + where;
  }

  /** {@code message} reworded, or at least on one line and without Java's words. */
  static String plain(String message) {
    String line = message.lines().findFirst().orElse("").strip();
    for (Rewording rewording : REWORDINGS) {
      Matcher matcher = rewording.pattern().matcher(line);
      if (matcher.matches()) {
        return rewording.words().apply(matcher);
      }
    }
    String cleaned =
        line.replaceAll(
                "\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
            .replaceAll("\\[Source: [^\\]]*?; line: (\\d+)\\]", "line $1")
            .replaceAll(" \\(code \\d+\\)", "")
            .replaceAll(":? ?enable `[^`]*` to allow", "")
            .replace("<stream end>", "the end of the text")
            .strip();
    return cleaned.isEmpty()
        ? "cannot be read"
        : cleaned.substring(0, 1).toLowerCase(Locale.ROOT) + cleaned.substring(1);
  }

  /**
   * Where the parser stopped, as {@code (line L, column C)}; SnakeYAML's own mark is the exact one.
   */
  private static String where(JsonProcessingException e) {
    if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return at(marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
    }
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1
        ? ""
        : at(location.getLineNr(), location.getColumnNr());
  }

  private static String at(int line, int column) {
    return column < 1 ? " (line " + line + ")" : " (line " + line + ", column " + column + ")";
  }
}
