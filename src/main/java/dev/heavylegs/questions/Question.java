package dev.heavylegs.questions;

import dev.heavylegs.facts.Answer;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of the catalogue.
 *
 * @param id the key in answer files and rules, never null
 * @param prompt the question as a runner reads it, never null
 * @param type the kind of answer it takes, never null
 * @param unit the unit of a numeric answer ({@code °C}, {@code km}), or null
 * @param min the smallest valid numeric answer, or null for non-numeric questions
 * @param max the largest valid numeric answer, or null for non-numeric questions
 * @param choices allowed values of a choice or multi-choice question, each with a description, in
 *     catalogue order; empty for other types
 * @param help what the question means and how to answer it, never null (may be empty)
 * @param synonyms other words a runner may type for a choice ({@code swollen calf} for
 *     one-sided-calf-swelling), by choice id; a choice without synonyms may be left out
 */
public record Question(
    String id,
    String prompt,
    QuestionType type,
    String unit,
    Double min,
    Double max,
    Map<String, String> choices,
    String help,
    Map<String, List<String>> synonyms) {

  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(type, "type");
    choices =
        choices == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    help = help == null ? "" : help;
    Map<String, List<String>> copied = new LinkedHashMap<>();
    if (synonyms != null) {
      synonyms.forEach((choice, words) -> copied.put(choice, List.copyOf(words)));
    }
    synonyms = Collections.unmodifiableMap(copied);
  }

  /** A question whose choices have no synonyms. */
  public Question(
      String id,
      String prompt,
      QuestionType type,
      String unit,
      Double min,
      Double max,
      Map<String, String> choices,
      String help) {
    this(id, prompt, type, unit, min, max, choices, help, Map.of());
  }

  /** The synonyms experts gave {@code choice}, possibly none. */
  public List<String> synonymsOf(String choice) {
    return synonyms.getOrDefault(choice, List.of());
  }

  /** The valid range with its unit, as in {@code -30..50 °C}. */
  public String rangeText() {
    String range = Answer.formatNumber(min) + ".." + Answer.formatNumber(max);
    return unit == null ? range : range + " " + unit;
  }

  /** A value with this question's unit, as in {@code 30 °C}; the value alone when unitless. */
  public String withUnit(String value) {
    return unit == null ? value : value + " " + unit;
  }

  /** The choice spelt nearly as {@code unknown}, for a "did you mean" (vegen for vegan). */
  public Optional<String> closestChoice(String unknown) {
    return choices.keySet().stream()
        .min(Comparator.comparingInt(c -> EditDistance.between(c, unknown)))
        .filter(c -> EditDistance.between(c, unknown) <= Math.max(2, unknown.length() / 4));
  }

  /** True when {@code value} is one of this question's choices. */
  public boolean hasChoice(String value) {
    return choices.containsKey(value);
  }
}
