package dev.heavylegs.kbase.check;

import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.RuleCondition;
import dev.heavylegs.kbase.RuleCondition.All;
import dev.heavylegs.kbase.RuleCondition.AnswerPattern;
import dev.heavylegs.kbase.RuleCondition.ConclusionPattern;
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.Wording;
import dev.heavylegs.kbase.WordingEntry;
import dev.heavylegs.kbase.read.YamlFiles;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of the knowledge base as a whole, beyond each rule on its own: wording nothing uses,
 * questions no rule reads, causes without advice, rules another rule makes redundant, rules that
 * switch themselves or each other off, and wording whose numbers are not the rules'.
 */
public final class KbaseLint {

  private static final Pattern BOUND =
      Pattern.compile("^number\\s*(<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)$");

  private final QuestionCatalogue questions;
  private final Wording wording;
  private final List<KbaseProblem> out;

  public KbaseLint(QuestionCatalogue questions, Wording wording, List<KbaseProblem> out) {
    this.questions = questions;
    this.wording = wording;
    this.out = out;
  }

  /**
   * {@code questionsText} is the content of {@code questions.yaml}, shown as {@code
   * questionsShown}.
   */
  public void check(RuleIndex rules, String questionsText, String questionsShown) {
    Set<ConclusionRef> concluded = new HashSet<>();
    Set<String> read = new HashSet<>();
    for (RuleInfo rule : rules.all()) {
      concluded.addAll(rule.conclusionsMade());
      read.addAll(rule.questionsRead());
    }
    for (WordingEntry entry : wording.all()) {
      if (!concluded.contains(entry.ref())) {
        out.add(
            KbaseProblem.warning(
                entry.file(),
                entry.line(),
                1,
                entry.ref()
                    + " is worded but no rule concludes it (left over, or its id is misspelt here or in the rule)"));
      }
    }
    for (Question question : questions.all()) {
      if (!read.contains(question.id())) {
        out.add(
            KbaseProblem.warning(
                questionsShown,
                YamlFiles.lineOfKey(questionsText, question.id()),
                1,
                "question '"
                    + question.id()
                    + "' is read by no rule, so it is never asked and its answer changes nothing"));
      }
    }
    causesWithoutRecommendation(rules);
    redundantRules(rules);
    new NegationCycles(rules).report(out);
    new NumberAgreement(questions, wording).report(rules, out);
  }

  private void causesWithoutRecommendation(RuleIndex rules) {
    Set<ConclusionRef> advised = new HashSet<>();
    for (RuleInfo rule : rules.all()) {
      if (rule.concludes(Kind.RECOMMENDATION)) {
        rule.conclusionsRead().stream().filter(c -> c.kind() == Kind.CAUSE).forEach(advised::add);
      }
    }
    Set<ConclusionRef> reported = new HashSet<>();
    for (RuleInfo rule : rules.all()) {
      for (ConclusionRef cause : rule.conclusionsMade()) {
        if (cause.kind() == Kind.CAUSE && !advised.contains(cause) && reported.add(cause)) {
          out.add(
              KbaseProblem.error(
                  rule.file(),
                  rule.line(),
                  1,
                  cause
                      + " has no recommendation: add a rule"
                      + " that reads Cause( id == \""
                      + cause.id()
                      + "\" ) and concludes a Recommendation"));
        }
      }
    }
  }

  /**
   * Flags a rule that concludes exactly what another rule concludes from the same premises, or from
   * fewer or weaker ones: whenever it fires, the other has fired already, so it changes nothing. A
   * cause rule with a weight of its own is not redundant: more evidence adds strength.
   */
  private void redundantRules(RuleIndex rules) {
    List<RuleInfo> all = new ArrayList<>(rules.all());
    // Each consequence normalised once: the pairs below are quadratic in the rules.
    List<String> consequences = all.stream().map(KbaseLint::consequenceOf).toList();
    for (int s = 0; s < all.size(); s++) {
      for (int g = 0; g < all.size(); g++) {
        if (s == g || !consequences.get(s).equals(consequences.get(g))) {
          continue;
        }
        RuleInfo specific = all.get(s);
        RuleInfo general = all.get(g);
        boolean weighted = specific.weight().isPresent() || general.weight().isPresent();
        boolean same = premises(specific).equals(premises(general));
        if (same && s > g) {
          warn(
              specific,
              "concludes the same as "
                  + general.reference()
                  + " from the same conditions: one of them is redundant");
        } else if (!same && !weighted && implies(specific, general)) {
          warn(
              specific,
              "is redundant: whenever it fires, "
                  + general.reference()
                  + " fires too and concludes the same from fewer or weaker conditions");
        }
      }
    }
  }

  private void warn(RuleInfo rule, String message) {
    out.add(KbaseProblem.warning(rule.file(), rule.line(), 1, "rule " + rule.id() + " " + message));
  }

  /**
   * A rule's conclusions, a referral's urgency included, spaces aside: equal for the same
   * consequence.
   */
  private static String consequenceOf(RuleInfo rule) {
    return rule.consequence().replaceAll("\\s+", "");
  }

  private static List<RuleCondition> premises(RuleInfo rule) {
    return rule.conditions() instanceof All all ? all.conditions() : List.of(rule.conditions());
  }

  /** True when every premise of {@code general} is implied by some premise of {@code specific}. */
  private static boolean implies(RuleInfo specific, RuleInfo general) {
    for (RuleCondition needed : premises(general)) {
      if (premises(specific).stream().noneMatch(p -> implies(p, needed))) {
        return false;
      }
    }
    return true;
  }

  private static boolean implies(RuleCondition given, RuleCondition needed) {
    if (given.equals(needed)) {
      return true;
    }
    if (given instanceof ConclusionPattern || needed instanceof ConclusionPattern) {
      return false;
    }
    if (given instanceof AnswerPattern a
        && needed instanceof AnswerPattern b
        && a.question().equals(b.question())
        && a.constraints().size() == 1
        && b.constraints().size() == 1) {
      return boundImplies(a.constraints().get(0), b.constraints().get(0));
    }
    return false;
  }

  /**
   * {@code number > 70} implies {@code number > 50}; {@code number <= 1} implies {@code number <
   * 1.5}.
   */
  private static boolean boundImplies(String given, String needed) {
    Matcher g = BOUND.matcher(given.trim());
    Matcher n = BOUND.matcher(needed.trim());
    if (!g.matches() || !n.matches()) {
      return false;
    }
    String gOp = g.group(1);
    String nOp = n.group(1);
    double gBound = Double.parseDouble(g.group(2));
    double nBound = Double.parseDouble(n.group(2));
    boolean gAbove = gOp.startsWith(">");
    if (gAbove != nOp.startsWith(">")) {
      return false;
    }
    if (gAbove) {
      return gBound > nBound || (gBound == nBound && (gOp.equals(">") || nOp.equals(">=")));
    }
    return gBound < nBound || (gBound == nBound && (gOp.equals("<") || nOp.equals("<=")));
  }
}
