package dev.heavylegs.kbase.check;

import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.drl.ConsequenceReader;
import dev.heavylegs.kbase.drl.ConstraintGrammar;
import dev.heavylegs.kbase.drl.RuleCodeLexer.RuleCodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Keeps a knowledge base to knowledge. DRL is code: a rule file received from elsewhere could
 * print, write files, open connections or call any Java. A rule here may only compare answers and
 * conclusions, and only insert conclusions; anything else is an error, so it cannot run unnoticed.
 *
 * <p>The decision is taken on the parse tree Drools itself builds, and every piece of code in it (a
 * consequence, a constraint, a metadata value) is read again by a strict grammar that accepts only
 * the forms the authoring guide teaches ({@link ConsequenceReader}, {@link ConstraintGrammar},
 * {@link RuleCodeLexer}). What is not recognised is refused, never passed on.
 */
public final class DrlSafety {

  private static final String FACTS = "dev.heavylegs.facts";
  private static final Set<String> FACT_TYPES =
      Set.of("Answer", "Condition", "Cause", "Recommendation", "Referral");

  /** What an accumulate's result pattern may match: the number it computes. */
  private static final Set<String> ACCUMULATE_RESULTS =
      Set.of("Number", "Object", "Long", "Double", "Integer");

  private static final Set<String> ACCUMULATE_FUNCTIONS =
      Set.of("count", "sum", "min", "max", "average");
  private static final Set<String> METADATA = Set.of("id", "source", "weight");

  /**
   * Rule files live in packages of their own: in another package, {@code new Cause(...)} could mean
   * a class of that package rather than the fact.
   */
  private static final Pattern PACKAGE_NAME = Pattern.compile("heavylegs(\\.[a-z][a-z0-9_]*)*");

  private static final Set<String> JAVA_KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "record",
          "yield");

  /**
   * A rule's name: words, digits and plain punctuation. Drools writes it into the Java it
   * generates, in a text and in a comment, so no quote, backslash or star may be in it.
   */
  private static final Pattern RULE_NAME =
      Pattern.compile("[\\p{L}\\p{N} :,;.()'%+/&?!<>=\\-\\u2013\\u2014\\u00b0]+");

  /**
   * More patterns in one rule than any expert writes; each one multiplies what the engine joins.
   */
  private static final int MAX_PATTERNS = 12;

  private static final Pattern FACT_IMPORT =
      Pattern.compile(Pattern.quote(FACTS) + "\\.([A-Z][A-Za-z0-9]*|\\*)");
  private static final Pattern BINDING = Pattern.compile("\\$[A-Za-z][A-Za-z0-9_]*");

  /**
   * A metadata value: one double-quoted text, without a backslash, another quote or a star inside.
   */
  private static final Pattern PLAIN_TEXT = Pattern.compile("\"[^\"\\\\*]*\"");

  private final String drl;
  private final String file;
  private final Set<String> manyAnswerQuestions;
  private final List<KbaseProblem> problems = new ArrayList<>();
  private int patterns;

  private DrlSafety(String drl, String file, Set<String> manyAnswerQuestions) {
    this.drl = drl;
    this.file = file;
    this.manyAnswerQuestions = manyAnswerQuestions;
  }

  /**
   * What {@code pkg}, parsed from {@code drl} and read from {@code file}, does beyond comparing
   * answers and inserting conclusions.
   *
   * @param manyAnswerQuestions the questions that can have several answers at once (multi-choice)
   */
  public static List<KbaseProblem> problems(
      PackageDescr pkg, String drl, String file, Set<String> manyAnswerQuestions) {
    DrlSafety safety = new DrlSafety(drl, file, manyAnswerQuestions);
    safety.checkPackage(pkg);
    return safety.problems;
  }

  private void checkPackage(PackageDescr pkg) {
    String packageName = pkg.getName() == null ? "" : pkg.getName();
    if (!PACKAGE_NAME.matcher(packageName).matches()
        || Set.of(packageName.split("\\.")).stream().anyMatch(JAVA_KEYWORDS::contains)) {
      error(
          1,
          1,
          "package "
              + (packageName.isEmpty() ? "(none)" : packageName)
              + " is not allowed: rule"
              + " files are in a package named heavylegs.<words> (package heavylegs.conditions;)");
    }
    for (ImportDescr imported : pkg.getImports()) {
      if (!FACT_IMPORT.matcher(imported.getTarget()).matches()) {
        error(
            imported,
            "import "
                + imported.getTarget()
                + " is not allowed: rules may use only the"
                + " heavylegs facts (import "
                + FACTS
                + ".*)");
      }
    }
    pkg.getFunctionImports()
        .forEach(
            imported ->
                error(
                    imported,
                    "import function "
                        + imported.getTarget()
                        + " is not allowed: a knowledge base holds rules, not Java code"));
    pkg.getAccumulateImports()
        .forEach(
            imported ->
                error(
                    imported,
                    "import accumulate "
                        + imported.getTarget()
                        + " is not allowed: accumulate may only count, sum, min, max or average"));
    pkg.getFunctions()
        .forEach(
            function ->
                error(
                    function,
                    "function "
                        + function.getName()
                        + " is not allowed: a knowledge base holds rules, not Java code"));
    pkg.getGlobals()
        .forEach(
            global ->
                error(
                    global,
                    "global "
                        + global.getIdentifier()
                        + " is not allowed: rules may read only answers and conclusions"));
    pkg.getTypeDeclarations()
        .forEach(
            type ->
                error(
                    type,
                    "declare "
                        + type.getTypeName()
                        + " is not allowed: conclusions are Condition, Cause, Recommendation or Referral"));
    pkg.getEnumDeclarations()
        .forEach(type -> error(type, "declare enum " + type.getTypeName() + " is not allowed"));
    pkg.getEntryPointDeclarations()
        .forEach(
            entryPoint ->
                error(
                    entryPoint,
                    "declare entry-point "
                        + entryPoint.getEntryPointId()
                        + " is not allowed: answers and conclusions are the only facts"));
    pkg.getWindowDeclarations()
        .forEach(
            window ->
                error(
                    window,
                    "declare window "
                        + window.getName()
                        + " is not allowed: answers and conclusions are the only facts"));
    pkg.getAttributes()
        .forEach(
            attribute ->
                error(attribute, "package attribute " + attribute.getName() + " is not allowed"));
    if (pkg.getUnit() != null) {
      error(
          pkg.getUnit(),
          "unit "
              + pkg.getUnit().getTarget()
              + " is not allowed: a rule file holds"
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
    if (!RULE_NAME.matcher(rule.getName()).matches()) {
      error(
          rule,
          "a rule's name is plain words, digits and punctuation such as : , ( ) -, without"
              + " quotes, stars, backslashes or escapes");
    }
    if (rule.getParentName() != null) {
      error(rule, name + " extends another rule: write each rule with all its conditions");
    }
    rule.getAttributes()
        .values()
        .forEach(
            attribute ->
                errorAtWord(
                    rule,
                    attribute.getName(),
                    name
                        + ": attribute "
                        + attribute.getName()
                        + " is not allowed: stages are chained by facts, not by"
                        + " salience or agenda groups"));
    metadata(rule, name);
    patterns = 0;
    conditions(rule.getLhs(), name, true);
    if (patterns > MAX_PATTERNS) {
      error(
          rule,
          name
              + " has "
              + patterns
              + " patterns; at most "
              + MAX_PATTERNS
              + " are allowed:"
              + " split it through a condition");
    }
    consequence(rule, name);
  }

  /** Metadata is {@code @id}, {@code @source} and {@code @weight}, each a plain quoted text. */
  private void metadata(RuleDescr rule, String name) {
    for (AnnotationDescr annotation : rule.getAnnotations()) {
      boolean plainText =
          annotation.getValue() instanceof String text
              && PLAIN_TEXT.matcher(text.strip()).matches();
      if (!METADATA.contains(annotation.getName()) || !plainText) {
        errorAtWord(
            rule,
            "@" + annotation.getName(),
            name
                + ": only @id(\"...\"), @source(\"...\") and"
                + " @weight(\"...\") are allowed as metadata, each with quoted text (no backslash, star or"
                + " quote inside); found @"
                + annotation.getName());
      }
    }
  }

  private void consequence(RuleDescr rule, String name) {
    if (!rule.getNamedConsequences().isEmpty()) {
      error(rule, name + " has named consequences ('then[...]'): write one rule per conclusion");
    }
    String code = String.valueOf(rule.getConsequence());
    ConsequenceReader.read(code)
        .problem()
        .ifPresent(
            problem -> {
              int start =
                  rule.getStartCharacter() >= 0 ? drl.indexOf(code, rule.getStartCharacter()) : -1;
              String message =
                  problem.syntax()
                      ? "syntax error in " + name + ": " + problem.message()
                      : name
                          + " may only insert conclusions after 'then' (insertLogical( new"
                          + " Condition|Cause|Recommendation( \"id\" ) ), or a Referral with its"
                          + " Urgency); "
                          + problem.message();
              if (start < 0) {
                error(rule.getConsequenceLine(), 1, message);
              } else {
                errorAt(start + problem.offset(), message);
              }
            });
  }

  /**
   * Walks a rule's conditions: only patterns of facts, combined by and, or, not, exists, forall.
   * Classes are compared exactly: Drools' parser has subclasses (groupby is an accumulate) that
   * hold code of their own.
   *
   * @param positive whether a match here joins with the rest (not inside not, exists or forall,
   *     which only ask whether something is there)
   */
  private void conditions(BaseDescr descr, String name, boolean positive) {
    Class<?> kind = descr.getClass();
    if (kind == AndDescr.class || kind == OrDescr.class) {
      ((ConditionalElementDescr) descr)
          .getDescrs()
          .forEach(child -> conditions((BaseDescr) child, name, positive));
    } else if (kind == NotDescr.class || kind == ExistsDescr.class || kind == ForallDescr.class) {
      ((ConditionalElementDescr) descr)
          .getDescrs()
          .forEach(child -> conditions((BaseDescr) child, name, false));
    } else if (kind == PatternDescr.class) {
      pattern((PatternDescr) descr, name, positive);
    } else if (kind == EvalDescr.class) {
      error(
          descr,
          "eval(...) is not allowed: compare an Answer's number or value, or read a conclusion");
    } else if (descr instanceof NamedConsequenceDescr || descr instanceof ConditionalBranchDescr) {
      error(
          descr,
          name + ": 'do[...]' and 'if ... do' are not allowed: write one rule per conclusion");
    } else {
      error(
          descr,
          name
              + ": this kind of condition is not allowed; use patterns of Answer, Condition,"
              + " Cause, Recommendation or Referral, with not, exists, or and forall");
    }
  }

  private void pattern(PatternDescr pattern, String name, boolean positive) {
    patterns++;
    String type = simpleName(pattern.getObjectType());
    Object source = pattern.getSource();
    boolean accumulated = source != null && source.getClass() == AccumulateDescr.class;
    boolean allowedType =
        accumulated
            ? ACCUMULATE_RESULTS.contains(type)
            : FACT_TYPES.contains(type)
                && (pattern.getObjectType().equals(type)
                    || pattern.getObjectType().equals(FACTS + "." + type));
    if (!allowedType) {
      error(
          pattern,
          "'"
              + pattern.getObjectType()
              + "' in a condition is not allowed: conditions match"
              + " Answer, Condition, Cause, Recommendation or Referral");
    }
    if (pattern.getIdentifier() != null && !BINDING.matcher(pattern.getIdentifier()).matches()) {
      error(
          pattern,
          name
              + ": '"
              + pattern.getIdentifier()
              + "' is not allowed as a binding: a binding is"
              + " $ and a name ($answer)");
    }
    if (pattern.isQuery()
        || !pattern.getAnnotations().isEmpty()
        || !pattern.getBehaviors().isEmpty()) {
      error(pattern, name + ": queries, annotations and windows in conditions are not allowed");
    }
    List<String> constraints = new ArrayList<>();
    for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
      if (constraint.getClass() != ExprConstraintDescr.class
          || ((ExprConstraintDescr) constraint).getType() != ExprConstraintDescr.Type.NAMED) {
        error(constraint, name + ": write each test as field, operator and value (number >= 640)");
        continue;
      }
      ExprConstraintDescr expression = (ExprConstraintDescr) constraint;
      String text = expression.getExpression();
      constraints.add(text);
      try {
        ConstraintGrammar.check(text);
      } catch (RuleCodeException e) {
        errorIn(expression, text, e);
      }
    }
    pinned(pattern, type, constraints, positive && !accumulated, name);
    if (accumulated) {
      accumulate((AccumulateDescr) source, name);
    } else if (source != null) {
      BaseDescr where = source instanceof BaseDescr descr && descr.getLine() > 0 ? descr : pattern;
      error(
          where,
          "'from', 'collect', groupby and entry points are not allowed: read answers and"
              + " conclusions as facts");
    }
  }

  /**
   * Every answer pattern names its question, and a pattern that joins with the rest matches one
   * fact or a few: a conclusion pattern names its id, an answer to a multi-choice question names
   * the choices. A rule of patterns that match any fact would make the engine join every fact with
   * every other, which no machine finishes.
   */
  private void pinned(
      PatternDescr pattern, String type, List<String> constraints, boolean joins, String name) {
    Optional<String> question =
        constraints.stream()
            .map(ConstraintGrammar::pinnedQuestion)
            .flatMap(Optional::stream)
            .findFirst();
    if (type.equals("Answer") && question.isEmpty()) {
      error(
          pattern,
          name
              + ": an Answer pattern names its question first (Answer( question == \"id\", ... ))");
    } else if (type.equals("Answer")
        && joins
        && manyAnswerQuestions.contains(question.get())
        && constraints.stream().noneMatch(ConstraintGrammar::pinsValue)) {
      error(
          pattern,
          name
              + ": '"
              + question.get()
              + "' can have several answers at once: name the one or"
              + " ones this rule needs (value == \"x\" or value in ( \"x\", \"y\" )), or put the pattern"
              + " under not or exists");
    } else if (joins
        && FACT_TYPES.contains(type)
        && !type.equals("Answer")
        && constraints.stream().noneMatch(c -> ConstraintGrammar.pins(c, "id"))) {
      error(
          pattern,
          name
              + ": a "
              + type
              + " pattern names its id ("
              + type
              + "( id == \"id\" )); only"
              + " under not or exists may it stand for any "
              + type.toLowerCase(Locale.ROOT));
    }
  }

  private void accumulate(AccumulateDescr accumulate, String name) {
    boolean functions =
        accumulate.isExternalFunction()
            && !accumulate.getFunctions().isEmpty()
            && accumulate.getFunctions().stream()
                .allMatch(f -> ACCUMULATE_FUNCTIONS.contains(f.getFunction()));
    if (!functions) {
      error(accumulate, "accumulate may only count, sum, min, max or average answers: no code");
    } else {
      for (var function : accumulate.getFunctions()) {
        if (function.getBind() != null && !BINDING.matcher(function.getBind()).matches()) {
          error(
              accumulate,
              name + ": '" + function.getBind() + "' is not a plain name for a binding");
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
    conditions(accumulate.getInput(), name, false);
  }

  private static String simpleName(String type) {
    return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
  }

  /**
   * A problem inside {@code expression}, at the token the grammar stopped at when it can be placed.
   */
  private void errorIn(ExprConstraintDescr expression, String text, RuleCodeException e) {
    int start = expression.getStartCharacter();
    if (start >= 0 && drl.startsWith(text, start)) {
      errorAt(start + e.offset(), e.getMessage());
    } else {
      error(expression, e.getMessage());
    }
  }

  /**
   * A problem at {@code word} in {@code rule}'s text (a metadata or attribute name), or at the
   * rule.
   */
  private void errorAtWord(RuleDescr rule, String word, String message) {
    int start = rule.getStartCharacter();
    int end =
        rule.getEndCharacter() > start
            ? Math.min(rule.getEndCharacter(), drl.length())
            : drl.length();
    int at = start >= 0 ? drl.substring(0, end).indexOf(word, start) : -1;
    if (at >= 0) {
      errorAt(at, message);
    } else {
      error(rule.getLine(), 1, message);
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
