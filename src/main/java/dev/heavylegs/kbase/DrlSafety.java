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
  /** Java a condition has no business calling. */
  private static final Pattern JAVA_IN_CONDITION = Pattern.compile(
      "\\b(System|Runtime|ProcessBuilder|Process|Thread|Class|ClassLoader|Files|Paths|File|Socket|URL"
          + "|getClass|forName|exec|java|javax|sun|jdk|org|com|new)\\b");
  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern STRING = Pattern.compile("\"[^\"]*\"");
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
    for (RuleDescr rule : pkg.getRules()) {
      conditions(rule.getLhs(), file, problems);
      consequence(rule, file, problems);
    }
    return problems;
  }

  private static void consequence(RuleDescr rule, String file, List<KbaseProblem> problems) {
    String code = COMMENT.matcher(String.valueOf(rule.getConsequence())).replaceAll(" ");
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
        String text = STRING.matcher(constraint.toString()).replaceAll("\"\"");
        Matcher java = JAVA_IN_CONDITION.matcher(text);
        if (java.find()) {
          problems.add(KbaseProblem.error(file, constraint.getLine(), constraint.getColumn() + 1,
              "'" + java.group() + "' in a condition is not allowed: a condition compares an answer's"
                  + " number or value, or a conclusion's id"));
        }
      }
      if (pattern.getSource() instanceof FromDescr from) {
        problems.add(KbaseProblem.error(file, from.getLine(), from.getColumn() + 1,
            "'from' is not allowed: read answers and conclusions as facts"));
      } else if (pattern.getSource() instanceof AccumulateDescr accumulate) {
        if (!accumulate.isExternalFunction()) {
          problems.add(KbaseProblem.error(file, accumulate.getLine(), accumulate.getColumn() + 1,
              "accumulate with init/action/result code is not allowed: use count, sum, min or max"));
        }
        conditions(accumulate.getInput(), file, problems);
      }
    } else if (descr instanceof ConditionalElementDescr element) {
      element.getDescrs().forEach(child -> conditions((BaseDescr) child, file, problems));
    }
  }

  private static String shorten(String code) {
    String oneLine = code.replaceAll("\\s+", " ");
    return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
  }
}
