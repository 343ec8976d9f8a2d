package dev.heavylegs.kbase.check;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.RuleInfo.AnswerTest;
import dev.heavylegs.kbase.Wording;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import dev.heavylegs.questions.QuestionType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the rules, the question catalogue and the wording fit together. Each check catches a
 * mistake that would otherwise make a rule silently never fire, or a conclusion show up without
 * words: exactly the mistakes that turn into a wrong "you're fine".
 */
public final class KbaseChecks {

  private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern NUMBER_COMPARISON =
      Pattern.compile("\\bnumber\\s*(<=|>=|==|!=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)");
  private static final Pattern MENTIONS_VALUE = Pattern.compile("\\bvalue\\b");
  private static final Pattern MENTIONS_NUMBER = Pattern.compile("\\bnumber\\b");
  private static final Set<String> YES_NO = Set.of("yes", "no");

  private final QuestionCatalogue questions;
  private final Wording wording;
  private final List<KbaseProblem> out;

  public KbaseChecks(QuestionCatalogue questions, Wording wording, List<KbaseProblem> out) {
    this.questions = questions;
    this.wording = wording;
    this.out = out;
  }

  /**
   * Checks every rule.
   *
   * @param allRulesKnown false when some rule file did not parse: then "no rule concludes X" is not
   *     checked, since the missing rule may be in that file
   * @param allWordingKnown false when some wording file did not parse: then "X has no wording" is
   *     not checked, since the wording may be in that file
   */
  public void check(RuleIndex rules, boolean allRulesKnown, boolean allWordingKnown) {
    Map<String, RuleInfo> byId = new HashMap<>();
    Set<ConclusionRef> concluded = new HashSet<>();
    rules.all().forEach(r -> concluded.addAll(r.conclusionsMade()));
    for (RuleInfo rule : rules.all()) {
      metadata(rule, byId);
      for (ConclusionRef made : rule.conclusionsMade()) {
        if (allWordingKnown && wording.find(made).isEmpty()) {
          error(
              rule,
              made
                  + " has no wording: add it under '"
                  + made.kind().plural()
                  + ":' in a .yaml file beside the rule");
        }
      }
      for (ConclusionRef read : rule.conclusionsRead()) {
        if (allRulesKnown && !concluded.contains(read)) {
          error(rule, "no rule concludes " + read + ", so this rule can never fire (misspelt id?)");
        }
      }
      rule.answerTests().forEach(test -> answerTest(rule, test));
    }
  }

  private void metadata(RuleInfo rule, Map<String, RuleInfo> byId) {
    if (rule.id().isBlank()) {
      error(rule, "rule \"" + rule.name() + "\" has no @id(\"...\"): give it a stable id");
    } else {
      RuleInfo first = byId.putIfAbsent(rule.id(), rule);
      if (first != null) {
        error(
            rule,
            "rule id "
                + rule.id()
                + " is already used by \""
                + first.name()
                + "\" at "
                + first.location());
      }
    }
    if (rule.source().isBlank()) {
      error(
          rule,
          "rule \""
              + rule.name()
              + "\" has no @source(\"...\"): say where its knowledge comes from");
    }
    if (rule.concludes(Kind.CAUSE) && rule.weight().filter(w -> w > 0).isEmpty()) {
      error(
          rule,
          "rule \""
              + rule.name()
              + "\" concludes a cause but has no @weight(\"n\") with n a positive whole number");
    }
  }

  private void answerTest(RuleInfo rule, AnswerTest test) {
    Question question = questions.find(test.question()).orElse(null);
    if (question == null) {
      String hint =
          questions.closestId(test.question()).map(c -> " (did you mean " + c + "?)").orElse("");
      error(rule, test, "unknown question '" + test.question() + "'" + hint);
      return;
    }
    String expression = test.expression();
    if (MENTIONS_NUMBER.matcher(expression).find() && !question.type().isNumeric()) {
      error(
          rule,
          test,
          "question '"
              + question.id()
              + "' is a "
              + question.type().label()
              + " question: test its value, not a number");
    }
    if (MENTIONS_VALUE.matcher(expression).find()) {
      if (question.type().isNumeric()) {
        error(
            rule,
            test,
            "question '" + question.id() + "' is a number: compare 'number', not 'value'");
        return;
      }
      Matcher literal = STRING_LITERAL.matcher(expression);
      while (literal.find()) {
        String value = literal.group(1);
        boolean allowed =
            question.type() == QuestionType.BOOLEAN
                ? YES_NO.contains(value)
                : question.hasChoice(value);
        if (!allowed) {
          String allowedValues =
              question.type() == QuestionType.BOOLEAN
                  ? "yes, no"
                  : String.join(", ", question.choices().keySet());
          error(
              rule,
              test,
              "\""
                  + value
                  + "\" is not an answer to '"
                  + question.id()
                  + "' (answers: "
                  + allowedValues
                  + ")");
        }
      }
    }
    Matcher comparison = NUMBER_COMPARISON.matcher(expression);
    while (comparison.find() && question.type().isNumeric()) {
      double bound = Double.parseDouble(comparison.group(2));
      if (bound < question.min() || bound > question.max()) {
        out.add(
            KbaseProblem.warning(
                rule.file(),
                test.line(),
                test.column() + 1,
                Answer.formatNumber(bound)
                    + " is outside the range of '"
                    + question.id()
                    + "' ("
                    + question.rangeText()
                    + "), so this test is always or never true"));
      }
    }
  }

  private void error(RuleInfo rule, String message) {
    out.add(KbaseProblem.error(rule.file(), rule.line(), 1, message));
  }

  private void error(RuleInfo rule, AnswerTest test, String message) {
    out.add(KbaseProblem.error(rule.file(), test.line(), test.column() + 1, message));
  }
}
