package dev.heavylegs.kbase.mutate;

import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.drl.DrlAnalyzer;
import dev.heavylegs.kbase.mutate.KbaseMutants.Kind;
import dev.heavylegs.kbase.mutate.KbaseMutants.Mutant;
import dev.heavylegs.kbase.mutate.KbaseMutants.Probe;
import dev.heavylegs.kbase.read.RuleSource;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The mutants of one rule file (or decision table, through the DRL generated from it): thresholds
 * and boundaries of {@code number} comparisons on answers, and {@code not}s. Each is found on the
 * parse tree and made by editing the rules' text at the parsed position.
 */
final class SourceEdits {

  /** Compiles the knowledge base with one rule source replaced. */
  @FunctionalInterface
  interface Recompile {
    KnowledgeBase with(RuleSource edited);
  }

  /**
   * A comparison of a numeric answer with a number inside a parsed constraint's text: {@code number
   * >= 640}, or written the other way round, {@code 640 <= number}.
   */
  private static final Pattern ANY_COMPARISON =
      Pattern.compile(
          "\\bnumber\\s*(>=|<=|==|!=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)(?![\\w.])"
              + "|(?<![\\w.])(-?\\d+(?:\\.\\d+)?)\\s*(>=|<=|==|!=|>|<)\\s*number\\b");

  private static final Pattern QUESTION = Pattern.compile("\\bquestion\\s*==\\s*\"([^\"]*)\"");

  private final KnowledgeBase base;
  private final RuleSource source;
  private final Recompile recompile;
  private final List<String> notChecked;

  /**
   * @param notChecked where comparisons on numbers this cannot mutate are listed, as {@code place:
   *     constraint}
   */
  SourceEdits(KnowledgeBase base, RuleSource source, Recompile recompile, List<String> notChecked) {
    this.base = base;
    this.source = source;
    this.recompile = recompile;
    this.notChecked = notChecked;
  }

  List<Mutant> mutants() {
    Optional<PackageDescr> parsed = DrlAnalyzer.parse(source.drl());
    List<Mutant> mutants = new ArrayList<>();
    if (parsed.isEmpty()) {
      return mutants;
    }
    for (RuleDescr ruleDescr : parsed.get().getRules()) {
      Optional<RuleInfo> rule = base.rules().find(parsed.get().getName(), ruleDescr.getName());
      if (ruleDescr.isQuery() || rule.isEmpty()) {
        continue;
      }
      walk(ruleDescr.getLhs(), rule.get(), mutants);
    }
    return mutants;
  }

  private void walk(BaseDescr descr, RuleInfo rule, List<Mutant> out) {
    if (descr instanceof NotDescr not) {
      notLeftOut(not, rule).ifPresent(out::add);
    }
    if (descr instanceof PatternDescr pattern) {
      answerQuestion(pattern)
          .flatMap(id -> base.questions().find(id))
          .filter(q -> q.type() == QuestionType.NUMBER || q.type() == QuestionType.INTEGER)
          .ifPresent(
              question -> {
                for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                  if (constraint instanceof ExprConstraintDescr expr) {
                    out.addAll(comparisons(expr, question, rule));
                  }
                }
              });
    }
    if (descr instanceof ConditionalElementDescr element) {
      element.getDescrs().forEach(child -> walk((BaseDescr) child, rule, out));
    }
  }

  private static Optional<String> answerQuestion(PatternDescr pattern) {
    String type = pattern.getObjectType() == null ? "" : pattern.getObjectType();
    if (pattern.getSource() != null || !type.endsWith("Answer")) {
      return Optional.empty();
    }
    for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
      Matcher m = QUESTION.matcher(constraint.toString());
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * The threshold and boundary mutants of each {@code number OP value} (or {@code value OP number})
   * in the constraint, also where several are joined by {@code &&} or {@code ||}; a constraint on
   * {@code number} that holds none is listed as not checked.
   */
  private List<Mutant> comparisons(ExprConstraintDescr expr, Question question, RuleInfo rule) {
    String text = expr.getExpression().trim();
    int start = expr.getStartCharacter();
    if (start < 0 || !source.drl().startsWith(text, start)) {
      notChecked.add(where(Math.max(start, 0), text) + ": " + text);
      return List.of();
    }
    List<Mutant> mutants = new ArrayList<>();
    Matcher m = ANY_COMPARISON.matcher(text);
    while (m.find()) {
      Comparison written = new Comparison(m.group(1), Double.parseDouble(m.group(2)));
      mutants.addAll(
          comparison(
              written, question, rule, start + m.start(), text.substring(m.start(), m.end())));
    }
    if (mutants.isEmpty() && text.contains("number")) {
      notChecked.add(where(start, text) + ": " + text);
    }
    return mutants;
  }

  /** The mutants of one comparison, written as {@code text} at {@code start} of the rules. */
  private List<Mutant> comparison(
      Comparison written, Question question, RuleInfo rule, int start, String text) {
    boolean whole = question.type() == QuestionType.INTEGER;
    List<Mutant> mutants = new ArrayList<>();
    String where = where(start, text);
    written
        .boundaryFlip()
        .ifPresent(
            flipped ->
                mutants.add(
                    mutant(
                        Kind.BOUNDARY,
                        rule,
                        where,
                        written.inWords(shown(question, written.value()))
                            + " → "
                            + flipped.inWords(shown(question, written.value())),
                        new Probe(question.id(), written.value()),
                        start,
                        text,
                        flipped)));
    for (Comparison moved : written.moves(whole)) {
      double probe = written.partingValue(moved, whole);
      if (!inRange(question, probe) || !inRange(question, moved.value())) {
        continue; // no answer could tell them apart, or none would reach the moved value
      }
      mutants.add(
          mutant(
              Kind.THRESHOLD,
              rule,
              where,
              shown(question, written.value()) + " → " + shown(question, moved.value()),
              new Probe(question.id(), probe),
              start,
              text,
              moved));
    }
    return mutants;
  }

  private static boolean inRange(Question question, double value) {
    return (question.min() == null || value >= question.min())
        && (question.max() == null || value <= question.max());
  }

  /** A value with its unit, singular for 1 as the report writes it: {@code 1 session a week}. */
  private String shown(Question question, double value) {
    String number = Comparison.number(value);
    if (question.unit() == null) {
      return number;
    }
    String unit =
        number.equals("1")
            ? base.reportWording().singularUnits().getOrDefault(question.unit(), question.unit())
            : question.unit();
    return number + " " + unit;
  }

  private Mutant mutant(
      Kind kind,
      RuleInfo rule,
      String where,
      String change,
      Probe probe,
      int start,
      String text,
      Comparison replacement) {
    String edited =
        source.drl().substring(0, start)
            + "number "
            + replacement.operator()
            + " "
            + Comparison.number(replacement.value())
            + source.drl().substring(start + text.length());
    return new Mutant(
        kind, rule, where, change, Optional.of(probe), () -> recompile.with(withDrl(edited)));
  }

  private Optional<Mutant> notLeftOut(NotDescr not, RuleInfo rule) {
    int start = not.getStartCharacter();
    String drl = source.drl();
    if (start < 0 || !drl.startsWith("not", start)) {
      return Optional.empty();
    }
    int lineEnd = drl.indexOf('\n', start);
    String written = drl.substring(start, lineEnd < 0 ? drl.length() : lineEnd).strip();
    String edited = drl.substring(0, start) + drl.substring(start + "not".length());
    return Optional.of(
        new Mutant(
            Kind.NOT,
            rule,
            where(start, "not"),
            "'" + written + "' without its not",
            Optional.empty(),
            () -> recompile.with(withDrl(edited))));
  }

  private RuleSource withDrl(String drl) {
    return new RuleSource(source.relative(), source.shown(), drl, source.table());
  }

  /** {@code file:line:col} of an offset, or the decision table's cell the text came from. */
  private String where(int offset, String text) {
    String before = source.drl().substring(0, offset);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = offset - before.lastIndexOf('\n');
    return source
        .table()
        .flatMap(table -> table.cellReference(line, text).map(cell -> source.shown() + " " + cell))
        .orElse(source.shown() + ":" + line + ":" + column);
  }
}
