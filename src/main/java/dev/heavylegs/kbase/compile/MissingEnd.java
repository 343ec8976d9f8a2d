package dev.heavylegs.kbase.compile;

import dev.heavylegs.kbase.read.RuleSource;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule without its {@code end}: the parser stumbles on the next rule's consequence, lines later,
 * and says "mismatched input 'insertLogical'". This finds the rule that runs into the next one (or
 * into the end of the file) and says so where the {@code end} belongs.
 *
 * @param line where the {@code end} is missing: the line of the next rule, or the file's last line
 */
record MissingEnd(int line, String message) {

  private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\s");
  private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");

  /**
   * The first rule of {@code source} that reaches the next rule or the end of the file without an
   * {@code end} line: asked when the parser found a syntax error, whose place it then explains.
   */
  static Optional<MissingEnd> in(RuleSource source) {
    String[] lines = source.drl().split("\n", -1);
    int open = -1; // the line index of the rule still waiting for its end
    for (int i = 0; i < lines.length; i++) {
      if (RULE_START.matcher(lines[i]).find()) {
        if (open >= 0) {
          return Optional.of(missing(lines, open, i + 1, "before the next rule begins here"));
        }
        open = i;
      } else if (END.matcher(lines[i]).find()) {
        open = -1;
      }
    }
    if (open >= 0) {
      return Optional.of(missing(lines, open, lines.length, "before the end of the file"));
    }
    return Optional.empty();
  }

  private static MissingEnd missing(String[] lines, int ruleIndex, int at, String where) {
    String declaration = lines[ruleIndex].trim();
    return new MissingEnd(
        at,
        "syntax error: "
            + declaration
            + " (line "
            + (ruleIndex + 1)
            + ") has no 'end': write end on a line of its own after its then part, "
            + where);
  }
}
