package dev.heavylegs.kbase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Keeps a knowledge base to knowledge. DRL is code: a rule file received from elsewhere could print,
 * write files, open connections or call any Java. A rule here may only compare answers and
 * conclusions, and only insert conclusions; anything else is an error, so it cannot run unnoticed.
 */
final class DrlSafety {

  /** The one thing a consequence may do, once or more. */
  private static final Pattern INSERT_CONCLUSION = Pattern.compile(
      "insertLogical\\s*\\(\\s*new\\s+(Condition|Cause|Recommendation)\\s*\\(\\s*\"[^\"]*\"\\s*\\)\\s*\\)"
          + "|insertLogical\\s*\\(\\s*new\\s+Referral\\s*\\(\\s*\"[^\"]*\"\\s*,\\s*Urgency\\.(EMERGENCY|URGENT|ROUTINE)\\s*\\)\\s*\\)");
  /**
   * The only words a condition may use: the fields of the facts, the comparison keywords, the
   * urgencies, and what an accumulate result offers. Anything else (a class, a method) is Java.
   */
  private static final java.util.Set<String> CONDITION_WORDS = java.util.Set.of(
      "question", "value", "number", "id", "urgency", "in", "not", "matches", "contains", "memberOf",
      "true", "false", "null", "this", "Urgency", "EMERGENCY", "URGENT", "ROUTINE",
      "intValue", "longValue", "doubleValue");
  private static final java.util.Set<String> ACCUMULATE_FUNCTIONS = java.util.Set.of("count", "sum", "min", "max", "average");
  private static final java.util.Set<String> METADATA = java.util.Set.of("id", "source", "weight");
  private static final Pattern WORD = Pattern.compile("(?<![$\\w])[A-Za-z_]\\w*");
  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  /** A string literal, escapes included. */
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final String FACTS = "dev.heavylegs.facts";

  private DrlSafety() {}

  /** What {@code pkg}, read from {@code file}, does beyond comparing answers and inserting conclusions. */
  static List<KbaseProblem> problems(PackageDescr pkg, String file) {
    List<KbaseProblem> problems = new ArrayList<>();
    for (ImportDescr imported : pkg.getImports()) {
      String target = imported.getTarget();
      if (!target.equals(FACTS + ".*") && !target.matches(Pattern.quote(FACTS) + "\\.[A-Z]\\w*")) {
        problems.add(KbaseProblem.error(file, imported.getLine(), imported.getColumn() + 1,
            "import " + target + " is not allowed: rules may use only the heavylegs facts (import "
                + FACTS + ".*)"));
      }
    }
    for (FunctionDescr function : pkg.getFunctions()) {
      problems.add(KbaseProblem.error(file, function.getLine(), function.getColumn() + 1,
          "function " + function.getName() + " is not allowed: a knowledge base holds rules, not Java code"));
    }
    for (GlobalDescr global : pkg.getGlobals()) {
      problems.add(KbaseProblem.error(file, global.getLine(), global.getColumn() + 1,
          "global " + global.getIdentifier() + " is not allowed: rules may read only answers and conclusions"));
    }
    pkg.getTypeDeclarations().forEach(type -> problems.add(KbaseProblem.error(file, type.getLine(),
        type.getColumn() + 1, "declare " + type.getTypeName() + " is not allowed: conclusions are Condition,"
            + " Cause, Recommendation or Referral")));
    pkg.getEnumDeclarations().forEach(type -> problems.add(KbaseProblem.error(file, type.getLine(),
        type.getColumn() + 1, "declare enum " + type.getTypeName() + " is not allowed")));
    pkg.getAttributes().forEach(attribute -> problems.add(KbaseProblem.error(file, attribute.getLine(),
        attribute.getColumn() + 1, "package attribute " + attribute.getName() + " is not allowed")));
    for (RuleDescr rule : pkg.getRules()) {
      metadata(rule, file, problems);
      rule.getAttributes().values().forEach(attribute -> problems.add(KbaseProblem.error(file,
          attribute.getLine() > 0 ? attribute.getLine() : rule.getLine(), 1, "rule \"" + rule.getName()
              + "\": attribute " + attribute.getName() + " is not allowed: stages are chained by facts,"
              + " not by salience or agenda groups")));
      conditions(rule.getLhs(), file, problems);
      consequence(rule, file, problems);
    }
    return problems;
  }

  /** Metadata is {@code @id}, {@code @source} and {@code @weight}, each a plain quoted text. */
  private static void metadata(RuleDescr rule, String file, List<KbaseProblem> problems) {
    for (var annotation : rule.getAnnotations()) {
      Object value = annotation.getValue();
      boolean plainText = value instanceof String text && STRING.matcher(text.trim()).matches();
      if (!METADATA.contains(annotation.getName()) || !plainText) {
        problems.add(KbaseProblem.error(file, annotation.getLine() > 0 ? annotation.getLine() : rule.getLine(), 1,
            "rule \"" + rule.getName() + "\": only @id(\"...\"), @source(\"...\") and @weight(\"...\") are"
                + " allowed as metadata, each with quoted text; found @" + annotation.getName()));
      }
    }
  }

  private static void consequence(RuleDescr rule, String file, List<KbaseProblem> problems) {
    // Strings first ("/*" in a string is no comment), then comments.
    String code = COMMENT.matcher(STRING.matcher(String.valueOf(rule.getConsequence())).replaceAll("\"\""))
        .replaceAll(" ");
    String rest = INSERT_CONCLUSION.matcher(code).replaceAll("").replace(";", " ").trim();
    if (!rest.isEmpty()) {
      problems.add(KbaseProblem.error(file, rule.getConsequenceLine(), 1,
          "rule \"" + rule.getName() + "\" may only insert conclusions after 'then' (insertLogical( new "
              + "Condition|Cause|Recommendation( \"id\" ) ) or a Referral with its Urgency), but it also does: "
              + shorten(rest)));
    }
    if (!rule.getNamedConsequences().isEmpty()) {
      problems.add(KbaseProblem.error(file, rule.getLine(), 1,
          "rule \"" + rule.getName() + "\" has named consequences ('then[...]'): write one rule per conclusion"));
    }
  }

  private static void conditions(BaseDescr descr, String file, List<KbaseProblem> problems) {
    if (descr instanceof EvalDescr eval) {
      problems.add(KbaseProblem.error(file, eval.getLine(), eval.getColumn() + 1,
          "eval(...) is not allowed: compare an Answer's number or value, or read a conclusion"));
    } else if (descr instanceof PatternDescr pattern) {
      for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
        foreignWord(constraint.toString()).ifPresent(word -> problems.add(KbaseProblem.error(file,
            constraint.getLine(), constraint.getColumn() + 1, "'" + word + "' in a condition is not allowed:"
                + " a condition compares an answer's number or value, or a conclusion's id")));
      }
      if (pattern.getSource() instanceof FromDescr from) {
        problems.add(KbaseProblem.error(file, from.getLine(), from.getColumn() + 1,
            "'from' is not allowed: read answers and conclusions as facts"));
      } else if (pattern.getSource() instanceof AccumulateDescr accumulate) {
        boolean plain = accumulate.isExternalFunction() && accumulate.getFunctions().stream()
            .allMatch(f -> ACCUMULATE_FUNCTIONS.contains(f.getFunction())
                && java.util.Arrays.stream(f.getParams()).allMatch(p -> foreignWord(p).isEmpty()));
        if (!plain) {
          problems.add(KbaseProblem.error(file, accumulate.getLine(), accumulate.getColumn() + 1,
              "accumulate may only count, sum, min, max or average answers: no code"));
        }
        conditions(accumulate.getInput(), file, problems);
      }
    } else if (descr instanceof ConditionalElementDescr element) {
      element.getDescrs().forEach(child -> conditions((BaseDescr) child, file, problems));
    }
  }

  /**
   * The first word of {@code expression}, outside strings, that reaches beyond the facts: a class
   * (a capitalised name), a method call or qualified name, or {@code new}. A plain lower-case word
   * is a field, which the compiler checks and names precisely when it does not exist.
   */
  private static java.util.Optional<String> foreignWord(String expression) {
    String code = STRING.matcher(expression).replaceAll("\"\"");
    Matcher word = WORD.matcher(code);
    while (word.find()) {
      String name = word.group();
      if (CONDITION_WORDS.contains(name)) {
        continue;
      }
      String after = code.substring(word.end()).stripLeading();
      boolean reachesOut = Character.isUpperCase(name.charAt(0)) || name.equals("new")
          || after.startsWith("(") || after.startsWith(".");
      if (reachesOut) {
        return java.util.Optional.of(name);
      }
    }
    return java.util.Optional.empty();
  }

  private static String shorten(String code) {
    String oneLine = code.replaceAll("\\s+", " ");
    return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
  }
}
