package dev.heavylegs.kbase;

import dev.heavylegs.kbase.RuleCodeLexer.RuleCodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Keeps a knowledge base to knowledge. DRL is code: a rule file received from elsewhere could print,
 * write files, open connections or call any Java. A rule here may only compare answers and
 * conclusions, and only insert conclusions; anything else is an error, so it cannot run unnoticed.
 *
 * <p>The decision is taken on the parse tree Drools itself builds, and every piece of code in it
 * (a consequence, a constraint, a metadata value) is read again by a strict grammar that accepts
 * only the forms the authoring guide teaches ({@link ConsequenceReader}, {@link ConstraintGrammar},
 * {@link RuleCodeLexer}). What is not recognised is refused, never passed on.
 */
final class DrlSafety {

  private static final String FACTS = "dev.heavylegs.facts";
  private static final Set<String> FACT_TYPES =
      Set.of("Answer", "Condition", "Cause", "Recommendation", "Referral");
  /** What an accumulate's result pattern may match: the number it computes. */
  private static final Set<String> ACCUMULATE_RESULTS = Set.of("Number", "Object", "Long", "Double", "Integer");
  private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average");
  private static final Set<String> METADATA = Set.of("id", "source", "weight");
  private static final Pattern PACKAGE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
  private static final Pattern FACT_IMPORT = Pattern.compile(Pattern.quote(FACTS) + "\\.([A-Z][A-Za-z0-9]*|\\*)");
  private static final Pattern BINDING = Pattern.compile("\\$?[A-Za-z_][A-Za-z0-9_]*");
  /** A metadata value: one double-quoted text, without a backslash or another quote inside. */
  private static final Pattern PLAIN_TEXT = Pattern.compile("\"[^\"\\\\]*\"");

  private final String drl;
  private final String file;
  private final List<KbaseProblem> problems = new ArrayList<>();

  private DrlSafety(String drl, String file) {
    this.drl = drl;
    this.file = file;
  }

  /**
   * What {@code pkg}, parsed from {@code drl} and read from {@code file}, does beyond comparing
   * answers and inserting conclusions.
   */
  static List<KbaseProblem> problems(PackageDescr pkg, String drl, String file) {
    DrlSafety safety = new DrlSafety(drl, file);
    safety.checkPackage(pkg);
    return safety.problems;
  }

  private void checkPackage(PackageDescr pkg) {
    if (pkg.getName() != null && !pkg.getName().isEmpty() && !PACKAGE_NAME.matcher(pkg.getName()).matches()) {
      error(1, 1, "package " + pkg.getName() + " is not a plain name (heavylegs.conditions, say)");
    }
    for (ImportDescr imported : pkg.getImports()) {
      if (!FACT_IMPORT.matcher(imported.getTarget()).matches()) {
        error(imported, "import " + imported.getTarget() + " is not allowed: rules may use only the"
            + " heavylegs facts (import " + FACTS + ".*)");
      }
    }
    pkg.getFunctionImports().forEach(imported -> error(imported, "import function "
        + imported.getTarget() + " is not allowed: a knowledge base holds rules, not Java code"));
    pkg.getAccumulateImports().forEach(imported -> error(imported, "import accumulate "
        + imported.getTarget() + " is not allowed: accumulate may only count, sum, min, max or average"));
    pkg.getFunctions().forEach(function -> error(function, "function " + function.getName()
        + " is not allowed: a knowledge base holds rules, not Java code"));
    pkg.getGlobals().forEach(global -> error(global, "global " + global.getIdentifier()
        + " is not allowed: rules may read only answers and conclusions"));
    pkg.getTypeDeclarations().forEach(type -> error(type, "declare " + type.getTypeName()
        + " is not allowed: conclusions are Condition, Cause, Recommendation or Referral"));
    pkg.getEnumDeclarations().forEach(type -> error(type, "declare enum " + type.getTypeName()
        + " is not allowed"));
    pkg.getEntryPointDeclarations().forEach(entryPoint -> error(entryPoint, "declare entry-point "
        + entryPoint.getEntryPointId() + " is not allowed: answers and conclusions are the only facts"));
    pkg.getWindowDeclarations().forEach(window -> error(window, "declare window " + window.getName()
        + " is not allowed: answers and conclusions are the only facts"));
    pkg.getAttributes().forEach(attribute -> error(attribute, "package attribute " + attribute.getName()
        + " is not allowed"));
    if (pkg.getUnit() != null) {
      error(pkg.getUnit(), "unit " + pkg.getUnit().getTarget() + " is not allowed: a rule file holds"
          + " plain rules");
    }
    pkg.getRules().forEach(this::checkRule);
  }

  private void checkRule(RuleDescr rule) {
    String name = "rule \"" + rule.getName() + "\"";
    if (rule.isQuery()) {
      error(rule, "query \"" + rule.getName() + "\" is not allowed: a rule file holds rules");
      return;
    }
    if (rule.getName().chars().anyMatch(c -> c == '"' || c == '\\' || Character.isISOControl(c))) {
      error(rule, "a rule's name is plain words, without quotes, backslashes or escapes");
    }
    if (rule.getParentName() != null) {
      error(rule, name + " extends another rule: write each rule with all its conditions");
    }
    rule.getAttributes().values().forEach(attribute -> error(attribute.getLine() > 0 ? attribute.getLine()
        : rule.getLine(), 1, name + ": attribute " + attribute.getName() + " is not allowed: stages are"
            + " chained by facts, not by salience or agenda groups"));
    metadata(rule, name);
    conditions(rule.getLhs(), name);
    consequence(rule, name);
  }

  /** Metadata is {@code @id}, {@code @source} and {@code @weight}, each a plain quoted text. */
  private void metadata(RuleDescr rule, String name) {
    for (AnnotationDescr annotation : rule.getAnnotations()) {
      boolean plainText = annotation.getValue() instanceof String text
          && PLAIN_TEXT.matcher(text.strip()).matches();
      if (!METADATA.contains(annotation.getName()) || !plainText) {
        error(annotation.getLine() > 0 ? annotation.getLine() : rule.getLine(), 1, name + ": only"
            + " @id(\"...\"), @source(\"...\") and @weight(\"...\") are allowed as metadata, each with"
            + " quoted text (no backslash, no quote inside); found @" + annotation.getName());
      }
    }
  }

  private void consequence(RuleDescr rule, String name) {
    if (!rule.getNamedConsequences().isEmpty()) {
      error(rule, name + " has named consequences ('then[...]'): write one rule per conclusion");
    }
    String code = String.valueOf(rule.getConsequence());
    ConsequenceReader.read(code).problem().ifPresent(problem -> {
      int start = rule.getStartCharacter() >= 0 ? drl.indexOf(code, rule.getStartCharacter()) : -1;
      String message = name + " may only insert conclusions after 'then' (insertLogical( new"
          + " Condition|Cause|Recommendation( \"id\" ) ), or a Referral with its Urgency); "
          + problem.message();
      if (start < 0) {
        error(rule.getConsequenceLine(), 1, message);
      } else {
        errorAt(start + problem.offset(), message);
      }
    });
  }

  /** Walks a rule's conditions: only patterns of facts, combined by and, or, not, exists, forall. */
  private void conditions(BaseDescr descr, String name) {
    if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
        || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
      ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()
          .forEach(child -> conditions((BaseDescr) child, name));
    } else if (descr instanceof PatternDescr pattern) {
      pattern(pattern, name);
    } else if (descr instanceof EvalDescr eval) {
      error(eval, "eval(...) is not allowed: compare an Answer's number or value, or read a conclusion");
    } else if (descr instanceof NamedConsequenceDescr || descr instanceof ConditionalBranchDescr) {
      error(descr, name + ": 'do[...]' and 'if ... do' are not allowed: write one rule per conclusion");
    } else {
      error(descr, name + ": this kind of condition is not allowed; use patterns of Answer, Condition,"
          + " Cause, Recommendation or Referral, with not, exists, or and forall");
    }
  }

  private void pattern(PatternDescr pattern, String name) {
    String type = simpleName(pattern.getObjectType());
    boolean accumulated = pattern.getSource() instanceof AccumulateDescr;
    boolean allowedType = accumulated ? ACCUMULATE_RESULTS.contains(type) : FACT_TYPES.contains(type)
        && (pattern.getObjectType().equals(type) || pattern.getObjectType().equals(FACTS + "." + type));
    if (!allowedType) {
      error(pattern, "'" + pattern.getObjectType() + "' in a condition is not allowed: conditions match"
          + " Answer, Condition, Cause, Recommendation or Referral");
    }
    if (pattern.getIdentifier() != null && !BINDING.matcher(pattern.getIdentifier()).matches()) {
      error(pattern, name + ": '" + pattern.getIdentifier() + "' is not a plain name for a binding");
    }
    if (pattern.isQuery() || !pattern.getAnnotations().isEmpty()) {
      error(pattern, name + ": queries and annotations in conditions are not allowed");
    }
    for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
      if (!(constraint instanceof ExprConstraintDescr expression)
          || expression.getType() != ExprConstraintDescr.Type.NAMED) {
        error(constraint, name + ": write each test as field, operator and value (number >= 640)");
        continue;
      }
      String text = expression.getExpression();
      try {
        ConstraintGrammar.check(text);
      } catch (RuleCodeException e) {
        errorIn(expression, text, e);
      }
    }
    if (pattern.getSource() instanceof AccumulateDescr accumulate) {
      accumulate(accumulate, name);
    } else if (pattern.getSource() instanceof FromDescr || pattern.getSource() instanceof CollectDescr
        || pattern.getSource() instanceof EntryPointDescr || pattern.getSource() != null) {
      error(pattern.getSource().getLine() > 0 ? pattern.getSource() : pattern, "'from', 'collect' and entry points are not allowed: read answers and"
          + " conclusions as facts");
    }
  }

  private void accumulate(AccumulateDescr accumulate, String name) {
    boolean functions = accumulate.isExternalFunction() && !accumulate.getFunctions().isEmpty()
        && accumulate.getFunctions().stream().allMatch(f -> ACCUMULATE_FUNCTIONS.contains(f.getFunction()));
    if (!functions) {
      error(accumulate, "accumulate may only count, sum, min, max or average answers: no code");
    } else {
      for (var function : accumulate.getFunctions()) {
        if (function.getBind() != null && !BINDING.matcher(function.getBind()).matches()) {
          error(accumulate, name + ": '" + function.getBind() + "' is not a plain name for a binding");
        }
        for (String argument : function.getParams()) {
          try {
            ConstraintGrammar.checkAccumulateArgument(argument);
          } catch (RuleCodeException e) {
            error(accumulate, name + ": " + e.getMessage());
          }
        }
      }
    }
    conditions(accumulate.getInput(), name);
  }

  private static String simpleName(String type) {
    return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
  }

  /** A problem inside {@code expression}, at the token the grammar stopped at when it can be placed. */
  private void errorIn(ExprConstraintDescr expression, String text, RuleCodeException e) {
    int start = expression.getStartCharacter();
    if (start >= 0 && drl.startsWith(text, start)) {
      errorAt(start + e.offset(), e.getMessage());
    } else {
      error(expression, e.getMessage());
    }
  }

  private void errorAt(int offset, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < drl.length(); i++) {
      if (drl.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    error(line, offset - lineStart + 1, message);
  }

  private void error(BaseDescr where, String message) {
    error(where.getLine(), where.getColumn() + 1, message);
  }

  private void error(int line, int column, String message) {
    problems.add(KbaseProblem.error(file, Math.max(line, 0), Math.max(column, 1), message));
  }
}
