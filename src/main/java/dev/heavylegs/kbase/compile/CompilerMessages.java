package dev.heavylegs.kbase.compile;

import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.read.KbasePaths;
import dev.heavylegs.kbase.read.RuleSource;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Rewrites Drools compiler messages into {@link KbaseProblem}s an expert can act on: the kbase
 * path, the real column where Drools buries it in the text, and plainer words for the common
 * mistakes.
 */
public final class CompilerMessages {

  private static final Pattern MVEL_POSITION =
      Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");
  private static final Pattern PARSER_POSITION =
      Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+) ");
  private static final Pattern UNKNOWN_FIELD =
      Pattern.compile("unable to resolve method using strict-mode: [\\w.$]*?(\\w+)\\.(\\w+)\\(\\)");
  private static final Pattern ANALYSED_EXPRESSION =
      Pattern.compile("^Unable to Analyse Expression (.+?): \\[");

  /** Older DRL took {@code #} for a comment; this one reads it as a stray token. */
  private static final Pattern HASH_COMMENT =
      Pattern.compile("^syntax error: mismatched input '#'");

  private static final Pattern UNKNOWN_TYPE =
      Pattern.compile("Unable to resolve ObjectType '(\\w+)'");

  private CompilerMessages() {}

  /**
   * The problem {@code message} describes, or empty for Drools' follow-on noise; {@code
   * duplicateNames} says that the same build reported two rules with one name.
   */
  static Optional<KbaseProblem> toProblem(
      Message message, Map<String, RuleSource> sources, KbasePaths paths, boolean duplicateNames) {
    Optional<RuleSource> source = Optional.ofNullable(message.getPath()).map(sources::get);
    String text = message.getText() == null ? "" : message.getText().replaceAll("\\s+", " ").trim();
    if (text.startsWith("Parser returned a null Package")) {
      return Optional.empty(); // always follows a syntax error that is reported on its own
    }
    if (duplicateNames && DuplicateRuleNames.isFollowOn(text)) {
      return Optional.empty(); // the duplicate name is reported on its own
    }
    Optional<String> duplicate = DuplicateRuleNames.duplicateName(text);
    if (duplicate.isPresent() && source.isPresent()) {
      text =
          DuplicateRuleNames.message(
              duplicate.get(), source.get(), message.getLine(), sources.values());
    }
    int line = message.getLine();
    int column = message.getColumn();
    Matcher position = MVEL_POSITION.matcher(text);
    if (position.find() && column <= 0) {
      column = Integer.parseInt(position.group(2));
    }
    Matcher expression = ANALYSED_EXPRESSION.matcher(text);
    if (expression.find() && line <= 0 && source.isPresent()) {
      line = lineOf(source.get(), expression.group(1)).orElse(line); // Drools gives none at times
    }
    if (expression.find(0) && line > 0 && source.isPresent()) {
      column = columnOf(source.get().line(line), expression.group(1)).orElse(column);
      text = "cannot use " + expression.group(1) + ": " + text.substring(expression.end() - 1);
    }
    Matcher parser = PARSER_POSITION.matcher(text);
    if (parser.find()) {
      line = Integer.parseInt(parser.group(1));
      column = Integer.parseInt(parser.group(2)) + 1; // the parser counts columns from 0
      text = "syntax error: " + text.substring(parser.end());
      Optional<MissingEnd> missing = source.flatMap(MissingEnd::in);
      int reported = line;
      Optional<UnbalancedBracket> bracket =
          source.flatMap(UnbalancedBracket::in).filter(b -> b.line() <= reported);
      if (missing.isPresent()) {
        line = missing.get().line();
        column = 1;
        text = missing.get().message();
      } else if (bracket.isPresent()) {
        // the parser stumbles after the bracket: name the bracket itself
        line = bracket.get().line();
        column = bracket.get().column();
        text = bracket.get().message();
      }
    }
    String path =
        source
            .map(RuleSource::shown)
            .orElse(message.getPath() == null ? paths.root() : paths.shown(message.getPath()));
    KbaseProblem.Severity severity =
        message.getLevel() == Message.Level.ERROR
            ? KbaseProblem.Severity.ERROR
            : KbaseProblem.Severity.WARNING;
    KbaseProblem problem =
        new KbaseProblem(path, Math.max(line, 0), Math.max(column, 0), severity, plainWords(text));
    return Optional.of(source.map(s -> s.locate(problem)).orElse(problem));
  }

  /** The first line (from 1) of {@code source} that holds {@code fragment}, if any. */
  private static Optional<Integer> lineOf(RuleSource source, String fragment) {
    String[] lines = source.drl().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(fragment.trim())) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  /** The 1-based column where {@code fragment} starts in {@code lineText}, if found. */
  private static Optional<Integer> columnOf(String lineText, String fragment) {
    int index = lineText.indexOf(fragment.trim());
    return index < 0 ? Optional.empty() : Optional.of(index + 1);
  }

  private static String plainWords(String text) {
    if (HASH_COMMENT.matcher(text).find()) {
      return "syntax error: '#' does not start a comment in a rule file: write // before a comment";
    }
    Matcher field = UNKNOWN_FIELD.matcher(text);
    if (field.find()) {
      String type = field.group(1);
      String method = field.group(2);
      String name =
          method.startsWith("get") || method.startsWith("is")
              ? decapitalize(method.replaceFirst("^(get|is)", ""))
              : method;
      String prefix =
          text.startsWith("cannot use ") ? text.substring(0, text.indexOf(": ") + 2) : "";
      return prefix + type + " has no field '" + name + "' (" + FactFields.describe(type) + ")";
    }
    Matcher unknownType = UNKNOWN_TYPE.matcher(text);
    if (unknownType.find()) {
      return "unknown fact type '" + unknownType.group(1) + "' (" + FactFields.knownTypes() + ")";
    }
    return text;
  }

  private static String decapitalize(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
