package dev.heavylegs.kbase.drl;

import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.facts.Urgency;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.RuleCondition;
import dev.heavylegs.kbase.RuleCondition.All;
import dev.heavylegs.kbase.RuleCondition.AnswerPattern;
import dev.heavylegs.kbase.RuleCondition.Any;
import dev.heavylegs.kbase.RuleCondition.ConclusionPattern;
import dev.heavylegs.kbase.RuleCondition.Not;
import dev.heavylegs.kbase.RuleCondition.Opaque;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.RuleInfo.AnswerTest;
import dev.heavylegs.kbase.read.DecisionTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Reads what each rule of a DRL text is about from its parse tree: the answers it tests and the
 * conclusions it reads and makes, with lines. The engine compiles the rules; this only reads the
 * source so that explanations, checks and question selection can point back to it.
 */
public final class DrlAnalyzer {

  private static final Pattern QUESTION = Pattern.compile("\\bquestion\\s*==\\s*\"([^\"]*)\"");
  private static final Pattern CONCLUSION_ID = Pattern.compile("\\bid\\s*==\\s*\"([^\"]*)\"");
  private static final List<String> CONCLUSION_TYPES =
      List.of("Condition", "Cause", "Recommendation", "Referral");

  /** A rule as written, before the engine's metadata is joined to it. */
  public record WrittenRule(
      String packageName,
      String name,
      String table,
      int line,
      List<AnswerTest> answerTests,
      Set<ConclusionRef> conclusionsRead,
      RuleCondition conditions,
      List<ConclusionRef> conclusionsMade,
      String consequence,
      Urgency urgency,
      Map<String, String> writtenMetadata) {

    public RuleInfo withMetadata(String file, Map<String, String> metadata) {
      return new RuleInfo(
          packageName,
          name,
          file,
          table,
          line,
          metadata,
          answerTests,
          conclusionsRead,
          conditions,
          conclusionsMade,
          consequence,
          urgency);
    }

    /** This rule, generated from {@code table}, placed at its row and its tests at their cells. */
    public WrittenRule inTable(DecisionTable table) {
      int row = table.rowOf(line);
      List<AnswerTest> placedTests =
          answerTests.stream()
              .map(
                  t ->
                      new AnswerTest(
                          t.question(),
                          t.expression(),
                          table.rowOf(t.line()),
                          table
                              .cellOf(t.line(), t.expression())
                              .map(c -> c.column() - 1)
                              .orElse(0)))
              .toList();
      return new WrittenRule(
          packageName,
          name,
          table.tableOf(row),
          row,
          placedTests,
          conclusionsRead,
          conditions,
          conclusionsMade,
          consequence,
          urgency,
          writtenMetadata);
    }
  }

  private DrlAnalyzer() {}

  /** The parse tree of {@code drl}; empty when it does not parse (the compiler says why). */
  public static Optional<PackageDescr> parse(String drl) {
    try {
      DrlParser parser = new DrlParser();
      PackageDescr pkg = parser.parse(null, drl);
      return pkg == null || parser.hasErrors() ? Optional.empty() : Optional.of(pkg);
    } catch (DroolsParserException e) {
      return Optional.empty();
    }
  }

  /** The rules written in {@code drl}; empty when it does not parse (the compiler says why). */
  public static Optional<List<WrittenRule>> rulesIn(String drl) {
    return parse(drl).map(DrlAnalyzer::rulesIn);
  }

  /** The rules of a parsed rule file. */
  public static List<WrittenRule> rulesIn(PackageDescr pkg) {
    List<WrittenRule> rules = new ArrayList<>();
    for (RuleDescr rule : pkg.getRules()) {
      if (rule.isQuery()) {
        continue;
      }
      Collector collector = new Collector();
      collector.walk(rule.getLhs());
      String consequence = String.valueOf(rule.getConsequence());
      ConsequenceReader.Reading made = ConsequenceReader.read(consequence);
      rules.add(
          new WrittenRule(
              pkg.getName(),
              rule.getName(),
              "",
              rule.getLine(),
              List.copyOf(collector.answerTests),
              Set.copyOf(collector.conclusionsRead),
              conditionTree(rule.getLhs()),
              made.made(),
              consequence.strip(),
              made.urgency(),
              metadataOf(rule)));
    }
    return rules;
  }

  /** The rule's {@code @key("value")} metadata as written, quotes removed. */
  private static Map<String, String> metadataOf(RuleDescr rule) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (AnnotationDescr annotation : rule.getAnnotations()) {
      Object value = annotation.getSingleValueStripped();
      metadata.put(annotation.getName(), value == null ? "" : String.valueOf(value));
    }
    return metadata;
  }

  /** The rule's conditions as a tree; anything this reading cannot evaluate becomes opaque. */
  private static RuleCondition conditionTree(BaseDescr descr) {
    if (descr instanceof AndDescr and) {
      return new All(and.getDescrs().stream().map(d -> conditionTree((BaseDescr) d)).toList());
    }
    if (descr instanceof OrDescr or) {
      return new Any(or.getDescrs().stream().map(d -> conditionTree((BaseDescr) d)).toList());
    }
    if (descr instanceof NotDescr not) {
      return new Not(
          new All(not.getDescrs().stream().map(d -> conditionTree((BaseDescr) d)).toList()));
    }
    if (descr instanceof ExistsDescr exists) {
      return new All(exists.getDescrs().stream().map(d -> conditionTree((BaseDescr) d)).toList());
    }
    if (descr instanceof PatternDescr pattern && pattern.getSource() == null) {
      String type = Collector.simpleName(pattern.getObjectType());
      List<? extends BaseDescr> constraints = pattern.getConstraint().getDescrs();
      if (type.equals("Answer")) {
        String question = Collector.firstMatch(QUESTION, constraints);
        if (question != null) {
          List<String> tests =
              constraints.stream()
                  .map(c -> c.toString().trim())
                  .filter(text -> !QUESTION.matcher(text).find())
                  .toList();
          return new AnswerPattern(question, tests);
        }
      } else if (CONCLUSION_TYPES.contains(type)) {
        String id = Collector.firstMatch(CONCLUSION_ID, constraints);
        if (id != null) {
          return new ConclusionPattern(new ConclusionRef(kindOf(type), id));
        }
      }
    }
    Collector mentioned = new Collector();
    mentioned.walk(descr);
    return new Opaque(mentioned.questionsRead(), mentioned.conclusionsRead);
  }

  private static Kind kindOf(String factType) {
    return Kind.valueOf(factType.toUpperCase(Locale.ROOT));
  }

  /** Walks a rule's conditions, into {@code not}, {@code exists}, {@code or} and accumulates. */
  private static final class Collector {
    final List<AnswerTest> answerTests = new ArrayList<>();
    final Set<ConclusionRef> conclusionsRead = new LinkedHashSet<>();

    Set<String> questionsRead() {
      Set<String> questions = new LinkedHashSet<>();
      answerTests.forEach(t -> questions.add(t.question()));
      return questions;
    }

    void walk(BaseDescr descr) {
      if (descr instanceof PatternDescr pattern) {
        pattern(pattern);
        if (pattern.getSource() instanceof AccumulateDescr accumulate) {
          walk(accumulate.getInput());
        }
      } else if (descr instanceof ConditionalElementDescr element) {
        element.getDescrs().forEach(child -> walk((BaseDescr) child));
      }
    }

    private void pattern(PatternDescr pattern) {
      String type = simpleName(pattern.getObjectType());
      List<? extends BaseDescr> constraints = pattern.getConstraint().getDescrs();
      if (type.equals("Answer")) {
        String question = firstMatch(QUESTION, constraints);
        if (question == null) {
          return;
        }
        boolean tested = false;
        for (BaseDescr constraint : constraints) {
          String text = constraint.toString();
          if (!QUESTION.matcher(text).find()) {
            answerTests.add(
                new AnswerTest(
                    question, text.trim(), constraint.getLine(), constraint.getColumn()));
            tested = true;
          }
        }
        if (!tested) {
          answerTests.add(new AnswerTest(question, "", pattern.getLine(), pattern.getColumn()));
        }
      } else if (CONCLUSION_TYPES.contains(type)) {
        String id = firstMatch(CONCLUSION_ID, constraints);
        if (id != null) {
          conclusionsRead.add(new ConclusionRef(kindOf(type), id));
        }
      }
    }

    private static String firstMatch(Pattern pattern, List<? extends BaseDescr> constraints) {
      for (BaseDescr constraint : constraints) {
        Matcher m = pattern.matcher(constraint.toString());
        if (m.find()) {
          return m.group(1);
        }
      }
      return null;
    }

    private static String simpleName(String type) {
      return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }
  }
}
