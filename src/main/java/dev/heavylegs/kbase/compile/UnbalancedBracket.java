package dev.heavylegs.kbase.compile;

import dev.heavylegs.kbase.read.RuleSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A bracket that is never closed, or one that closes nothing: the parser stumbles on what comes
 * after ("mismatched input 'not'", a line later). This finds the bracket itself, outside strings
 * and comments, and says so at its line and column.
 *
 * @param line where the bracket is (from 1)
 * @param column where the bracket is (from 1)
 */
record UnbalancedBracket(int line, int column, String message) {

  /** A line where every bracket of a rule's part must be closed: its then, its end, a new rule. */
  private static final Pattern PART_ENDS = Pattern.compile("^\\s*(then|end|rule)\\b");

  /** The first unbalanced bracket of {@code source}, if it has one. */
  static Optional<UnbalancedBracket> in(RuleSource source) {
    String[] lines = source.drl().split("\n", -1);
    Deque<int[]> open = new ArrayDeque<>();
    boolean inBlockComment = false;
    for (int l = 0; l < lines.length; l++) {
      String text = lines[l];
      if (!inBlockComment && PART_ENDS.matcher(text).find() && !open.isEmpty()) {
        return Optional.of(unclosed(open.peek()));
      }
      boolean inString = false;
      for (int c = 0; c < text.length(); c++) {
        char ch = text.charAt(c);
        if (inBlockComment) {
          if (text.startsWith("*/", c)) {
            inBlockComment = false;
            c++;
          }
        } else if (inString) {
          if (ch == '\\') {
            c++;
          } else if (ch == '"') {
            inString = false;
          }
        } else if (ch == '"') {
          inString = true;
        } else if (text.startsWith("//", c)) {
          break;
        } else if (text.startsWith("/*", c)) {
          inBlockComment = true;
          c++;
        } else if (ch == '(') {
          open.push(new int[] {l + 1, c + 1});
        } else if (ch == ')') {
          if (open.isEmpty()) {
            return Optional.of(
                new UnbalancedBracket(
                    l + 1,
                    c + 1,
                    "syntax error: this ')' closes no '(': delete it, or add the '(' it belongs"
                        + " to"));
          }
          open.pop();
        }
      }
    }
    return open.isEmpty() ? Optional.empty() : Optional.of(unclosed(open.peek()));
  }

  private static UnbalancedBracket unclosed(int[] at) {
    return new UnbalancedBracket(
        at[0], at[1], "syntax error: this '(' is never closed: add ')' where what it opens ends");
  }
}
