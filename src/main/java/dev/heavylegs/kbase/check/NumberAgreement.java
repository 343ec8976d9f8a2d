package dev.heavylegs.kbase.check;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.RuleInfo.AnswerTest;
import dev.heavylegs.kbase.Wording;
import dev.heavylegs.kbase.WordingEntry;
import dev.heavylegs.kbase.drl.ComparisonWords;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import dev.heavylegs.questions.QuestionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
      Pattern.compile("^number\\s*(<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)$");

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
    // the wording of a conclusion is checked against every rule that makes it from the question:
    // graded rules (25 °C weight 1, 32 °C weight 2) share one wording that may state either
    Map<WordingEntry, Map<String, List<Threshold>>> byWording = new LinkedHashMap<>();
    for (RuleInfo rule : rules.list()) {
      for (AnswerTest test : rule.answerTests()) {
        Matcher m = COMPARISON.matcher(test.expression());
        Optional<Question> question = questions.find(test.question());
        if (!m.matches() || question.isEmpty() || question.get().unit() == null) {
          continue;
        }
        Threshold threshold =
            new Threshold(rule, question.get(), m.group(1), Double.parseDouble(m.group(2)));
        disagreement(rule.name(), List.of(threshold))
            .ifPresent(
                said ->
                    out.add(
                        KbaseProblem.warning(
                            rule.file(),
                            rule.line(),
                            1,
                            "the rule's name says "
                                + said
                                + ", but the rule tests "
                                + threshold.inWords()
                                + ": change one of them")));
        for (ConclusionRef made : rule.conclusionsMade()) {
          wording
              .find(made)
              .ifPresent(
                  entry ->
                      byWording
                          .computeIfAbsent(entry, e -> new LinkedHashMap<>())
                          .computeIfAbsent(test.question(), q -> new ArrayList<>())
                          .add(threshold));
        }
      }
    }
    byWording.forEach(
        (entry, byQuestion) ->
            byQuestion.forEach(
                (question, thresholds) -> {
                  String text =
                      entry.title()
                          + " "
                          + (entry.explanation() == null ? "" : entry.explanation());
                  disagreement(text, thresholds)
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
                                          + ", but "
                                          + thresholds.stream()
                                              .map(
                                                  t ->
                                                      "rule "
                                                          + t.rule().id()
                                                          + " ("
                                                          + t.rule().location()
                                                          + ") tests "
                                                          + t.inWords())
                                              .distinct()
                                              .reduce((x, y) -> x + ", and " + y)
                                              .orElse("")
                                          + ": change one of them")));
                }));
  }

  /** One rule's comparison of an answer with a number. */
  private record Threshold(RuleInfo rule, Question question, String operator, double value) {

    /** Whether a number a text states is this one, as rounded for a reader. */
    boolean agrees(double stated) {
      if (question.type() == QuestionType.INTEGER) {
        // "6 or more sets" is "more than 5 sets"
        return Math.abs(stated - value) <= 1;
      }
      return Math.abs(stated - value) <= ROUNDING * Math.abs(value);
    }

    /** {@code shoe-distance-km at least 640 km}. */
    String inWords() {
      return question.id()
          + " "
          + ComparisonWords.of(operator)
          + " "
          + question.withUnit(Answer.formatNumber(value));
    }
  }

  /**
   * What {@code text} states in the thresholds' unit, when it states numbers in it and none is one
   * of the thresholds.
   */
  private static Optional<String> disagreement(String text, List<Threshold> thresholds) {
    Matcher m = statedIn(thresholds.get(0).question().unit()).matcher(text);
    List<String> said = new ArrayList<>();
    while (m.find()) {
      for (String number : new String[] {m.group(1), m.group(2)}) {
        if (number == null) {
          continue;
        }
        String lower = number.toLowerCase(Locale.ROOT);
        double value =
            NUMBER_WORDS.containsKey(lower) ? NUMBER_WORDS.get(lower) : Double.parseDouble(lower);
        if (thresholds.stream().anyMatch(t -> t.agrees(value))) {
          return Optional.empty();
        }
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
    String number = "-?\\d+(?:\\.\\d+)?|" + String.join("|", NUMBER_WORDS.keySet());
    // "640 km", "-5 °C", "five or more runs", and both ends of "640 to 800 km"
    return Pattern.compile(
        "(?i)(?<![\\w.])("
            + number
            + ")(?:\\s*(?:to|-|–)\\s*("
            + number
            + "))?\\s*(?:(?:or|more|fewer|less|and|\\w+-[\\w-]+)\\s+){0,2}(?:"
            + words
            + ")(?![\\w])");
  }
}
