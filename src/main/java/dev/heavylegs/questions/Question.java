package dev.heavylegs.questions;

import dev.heavylegs.facts.Answer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
 */
public record Question(
    String id,
    String prompt,
    QuestionType type,
    String unit,
    Double min,
    Double max,
    Map<String, String> choices,
    String help) {

  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(type, "type");
    choices =
        choices == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    help = help == null ? "" : help;
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

  /** True when {@code value} is one of this question's choices. */
  public boolean hasChoice(String value) {
    return choices.containsKey(value);
  }
}
