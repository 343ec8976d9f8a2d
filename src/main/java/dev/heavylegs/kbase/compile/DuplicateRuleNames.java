package dev.heavylegs.kbase.compile;

import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.read.RuleSource;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' report of two rules with one name says only where the second is, and comes with a
 * follow-on error about a generated class; this says where the first one is and holds the follow-on
 * back.
 */
final class DuplicateRuleNames {

  static final String DROOLS_PREFIX = "Duplicate rule name: ";

  /** The follow-on: the class generated for the second rule clashes with the first's. */
  private static final Pattern GENERATED_CLASS_CLASH =
      Pattern.compile("^Rule Compilation error The type Rule_\\S* is already defined");

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

  private DuplicateRuleNames() {}

  static boolean isFollowOn(String text) {
    return GENERATED_CLASS_CLASH.matcher(text).find();
  }

  /**
   * The message for the second rule named {@code name} in {@code second}, at {@code line}: where
   * the first one of its package is.
   */
  static String message(String name, RuleSource second, int line, Collection<RuleSource> sources) {
    String pkg = packageOf(second);
    Pattern declaration =
        Pattern.compile(
            "^\\s*rule\\s+(\""
                + Pattern.quote(name)
                + "\"|'"
                + Pattern.quote(name)
                + "'|"
                + Pattern.quote(name)
                + "\\s)");
    for (RuleSource source : sources) {
      if (!packageOf(source).equals(pkg)) {
        continue;
      }
      String[] lines = source.drl().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        boolean itself = source == second && i + 1 == line;
        if (!itself && declaration.matcher(lines[i] + " ").find()) {
          KbaseProblem first =
              source.locate(
                  new KbaseProblem(source.shown(), i + 1, 1, KbaseProblem.Severity.ERROR, "first"));
          return "a second rule named \""
              + name
              + "\": the first is at "
              + first.path()
              + ":"
              + first.line()
              + "; rule names must differ within a package ("
              + pkg
              + ")";
        }
      }
    }
    return "a second rule named \"" + name + "\": rule names must differ within a package";
  }

  private static String packageOf(RuleSource source) {
    Matcher m = PACKAGE.matcher(source.drl());
    return m.find() ? m.group(1) : "";
  }

  static Optional<String> duplicateName(String text) {
    return text.startsWith(DROOLS_PREFIX)
        ? Optional.of(text.substring(DROOLS_PREFIX.length()).trim())
        : Optional.empty();
  }
}
