package dev.heavylegs.kbase.compile;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.facts.Cause;
import dev.heavylegs.facts.Condition;
import dev.heavylegs.facts.Recommendation;
import dev.heavylegs.facts.Referral;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Names the fact types rules can use and their fields, for messages about misspelt ones. */
public final class FactFields {

  private static final List<Class<? extends Record>> FACT_TYPES =
      List.of(Answer.class, Condition.class, Cause.class, Recommendation.class, Referral.class);

  private FactFields() {}

  /** "fields: question, value, number" for a fact type, or the list of fact types. */
  static String describe(String simpleName) {
    return FACT_TYPES.stream()
        .filter(t -> t.getSimpleName().equals(simpleName))
        .findFirst()
        .map(
            t ->
                "fields: "
                    + Arrays.stream(t.getRecordComponents())
                        .map(RecordComponent::getName)
                        .collect(Collectors.joining(", ")))
        .orElse(knownTypes());
  }

  static String knownTypes() {
    return "fact types: "
        + FACT_TYPES.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
  }
}
