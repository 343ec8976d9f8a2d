package dev.heavylegs.kbase.check;

import dev.heavylegs.kbase.KbaseProblem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where something is written in one YAML file, found in its lines: so that a problem the parser
 * could not see (a key naming nothing) still points at the line and column an expert edits.
 */
final class YamlPlaces {

  private final List<String> lines;
  private final String shownPath;
  private final List<KbaseProblem> out;

  YamlPlaces(String text, String shownPath, List<KbaseProblem> out) {
    this.lines = text.lines().toList();
    this.shownPath = shownPath;
    this.out = out;
  }

  /** The first line (0-based) from {@code from} on that {@code pattern} finds something in. */
  Optional<Integer> firstLine(Pattern pattern, int from) {
    for (int i = Math.max(from, 0); i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).find()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The first line from {@code from} on where {@code key:} is a key, indented or not. */
  Optional<Integer> keyLine(String key, int from) {
    return firstLine(Pattern.compile("^\\s*(\"|')?" + Pattern.quote(key) + "(\"|')?\\s*:"), from);
  }

  /** The line of question {@code id}'s entry ({@code - id: diet}), or the first line. */
  int questionLine(String id) {
    return firstLine(Pattern.compile("^\\s*-?\\s*id:\\s*" + Pattern.quote(id) + "\\s*$"), 0)
        .orElse(0);
  }

  /** An error at the first line from {@code from} (0-based) where {@code word} appears. */
  void error(int from, String word, String message) {
    error(from, Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])"), message);
  }

  /**
   * An error at the first line from {@code from} where {@code item} is a whole item of a list,
   * written {@code [a, b]} or one {@code - a} a line, quoted or not.
   */
  void listItemError(int from, String item, String message) {
    error(
        from,
        Pattern.compile(
            "(?:^\\s*-\\s*|[\\[,]\\s*)[\"']?(" + Pattern.quote(item) + ")[\"']?\\s*(?:[,\\]#]|$)"),
        message);
  }

  /** An error at what the first group of {@code at} finds (or all it finds) from {@code from}. */
  private void error(int from, Pattern at, String message) {
    for (int i = Math.max(from, 0); i < lines.size(); i++) {
      Matcher m = at.matcher(lines.get(i));
      if (m.find()) {
        int column = m.groupCount() > 0 ? m.start(1) : m.start();
        out.add(KbaseProblem.error(shownPath, i + 1, column + 1, message));
        return;
      }
    }
    out.add(KbaseProblem.error(shownPath, from + 1, 1, message));
  }
}
