package dev.heavylegs.kbase.check;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.RuleInfo.AnswerTest;
import dev.heavylegs.kbase.Wording;
import dev.heavylegs.kbase.WordingEntry;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that state a rule's number: a rule's name and the wording of what it concludes may quote
 * the threshold it compares an answer with ("640 km or more"). When they state numbers in the
 * question's unit and none of them is the rule's (within the rounding a text allows, 5 %), one of
 * the two was changed without the other: a warning naming both.
 */
final class NumberAgreement {

  private static final Pattern COMPARISON =
      Pattern.compile("^number\\s*(?:<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)$");

  /** How far a number in a text may be from the rule's: 1.3 cm for 1.27 cm is the same. */
  private static final double ROUNDING = 0.05;

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  private final QuestionCatalogue questions;
  private final Wording wording;

  NumberAgreement(QuestionCatalogue questions, Wording wording) {
    this.questions = questions;
    this.wording = wording;
  }

  void report(RuleIndex rules, List<KbaseProblem> out) {
    for (RuleInfo rule : rules.list()) {
      for (AnswerTest test : rule.answerTests()) {
        Matcher m = COMPARISON.matcher(test.expression());
        Optional<Question> question = questions.find(test.question());
        if (!m.matches() || question.isEmpty() || question.get().unit() == null) {
          continue;
        }
        double threshold = Double.parseDouble(m.group(1));
        Pattern stated = statedIn(question.get().unit());
        disagreement(rule.name(), stated, threshold)
            .ifPresent(
                said ->
                    out.add(
                        KbaseProblem.warning(
                            rule.file(),
                            rule.line(),
                            1,
                            "the rule's name says "
                                + said
                                + ", but it compares "
                                + test.question()
                                + " with "
                                + question.get().withUnit(Answer.formatNumber(threshold))
                                + ": change one of them")));
        for (ConclusionRef made : rule.conclusionsMade()) {
          wording
              .find(made)
              .ifPresent(
                  entry -> worded(entry, rule, test, question.get(), stated, threshold, out));
        }
      }
    }
  }

  private static void worded(
      WordingEntry entry,
      RuleInfo rule,
      AnswerTest test,
      Question question,
      Pattern stated,
      double threshold,
      List<KbaseProblem> out) {
    String text = entry.title() + " " + (entry.explanation() == null ? "" : entry.explanation());
    disagreement(text, stated, threshold)
        .ifPresent(
            said ->
                out.add(
                    KbaseProblem.warning(
                        entry.file(),
                        entry.line(),
                        1,
                        "the wording of "
                            + entry.ref()
                            + " says "
                            + said
                            + ", but rule "
                            + rule.id()
                            + " ("
                            + rule.location()
                            + ") compares "
                            + test.question()
                            + " with "
                            + question.withUnit(Answer.formatNumber(threshold))
                            + ": change one of them")));
  }

  /** What {@code text} states in the unit, when it states numbers and none is the threshold. */
  private static Optional<String> disagreement(String text, Pattern stated, double threshold) {
    Matcher m = stated.matcher(text);
    List<String> said = new ArrayList<>();
    while (m.find()) {
      String number = m.group(1).toLowerCase(Locale.ROOT);
      double value =
          NUMBER_WORDS.containsKey(number) ? NUMBER_WORDS.get(number) : Double.parseDouble(number);
      if (Math.abs(value - threshold) <= ROUNDING * Math.abs(threshold)) {
        return Optional.empty();
      }
      said.add(m.group().trim());
    }
    return said.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", said));
  }

  /**
   * A number followed by the unit, with at most two words between that only qualify it ("640 km",
   * "five or more runs", "four iron-rich meals"; not "24 hours between runs").
   */
  private static Pattern statedIn(String unit) {
    String first = unit.split("\\s+")[0];
    String words =
        switch (first) {
          case "%" -> "%|percent|per cent";
          case "°C" -> "°C|degrees";
          case "L" -> "L|litres?|liters?";
          case "min" -> "min|minutes?";
          case "km" -> "km|kilometres?|kilometers?";
          case "cm" -> "cm|centimetres?|centimeters?";
          default ->
              Pattern.quote(first.endsWith("s") ? first.substring(0, first.length() - 1) : first)
                  + "s?";
        };
    String numbers = "\\d+(?:\\.\\d+)?|" + String.join("|", NUMBER_WORDS.keySet());
    return Pattern.compile(
        "(?i)\\b("
            + numbers
            + ")\\s*(?:(?:or|more|fewer|less|and|\\w+-[\\w-]+)\\s+){0,2}(?:"
            + words
            + ")(?![\\w])");
  }
}
