package dev.heavylegs.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The six causes of the shipped knowledge base written as plain Java, for the benchmarks only: the
 * floor a rule engine is compared with. It returns each cause with its strength; no explanations,
 * no truth maintenance, no wording. Kept in step with kbase/ by hand, which is exactly what the
 * product avoids.
 */
final class HandWrittenEvaluator {

  private HandWrittenEvaluator() {}

  /**
   * A runner's answers, numbers as Double, yes/no as Boolean, choices as String, symptoms as a set.
   */
  static Map<String, Integer> causes(Map<String, Object> a) {
    @SuppressWarnings("unchecked")
    Set<String> symptoms = (Set<String>) a.getOrDefault("symptoms", Set.of());
    double temperature = num(a, "temperature-c", Double.NaN);
    boolean hot = temperature >= 25;
    boolean noFluids = Boolean.FALSE.equals(a.get("fluids-during-runs"));
    double duration = num(a, "run-duration-min", Double.NaN);
    boolean dehydration =
        symptoms.contains("dark-urine")
            || symptoms.contains("thirst")
            || (symptoms.contains("dizziness") && hot)
            || (duration > 60 && noFluids)
            || (hot && noFluids)
            || num(a, "daily-fluid-litres", Double.NaN) < 1.5;
    boolean electrolyteLoss =
        (hot && duration > 60 && Boolean.FALSE.equals(a.get("replaces-electrolytes")))
            || (symptoms.contains("muscle-cramps") && hot);
    boolean hard = "hard".equals(a.get("usual-effort"));
    double runs = num(a, "runs-per-week", Double.NaN);
    double restHours = num(a, "rest-hours-between-runs", Double.NaN);
    boolean recovery =
        restHours < 24
            || (hard && restHours < 48)
            || num(a, "rest-days-per-week", -1) == 0
            || runs > 7;
    boolean rapid = num(a, "weekly-distance-increase-pct", Double.NaN) > 10;
    boolean frequent = runs >= 5;
    boolean newRunner = num(a, "months-running", Double.NaN) < 12;
    boolean signs =
        symptoms.stream()
            .anyMatch(
                Set.of(
                        "headaches",
                        "decreased-performance",
                        "chronic-fatigue",
                        "mood-swings",
                        "frequent-illness",
                        "appetite-loss",
                        "motivation-loss")
                    ::contains);
    boolean overtraining = signs && (recovery || hard || rapid);
    boolean noStrength = num(a, "strength-sessions-per-week", -1) == 0;
    boolean volume = num(a, "lower-body-sets", Double.NaN) > 5 && !noStrength;
    boolean heavyLifting =
        Boolean.TRUE.equals(a.get("lifts-heavy"))
            && "endurance".equals(a.get("training-priority"))
            && !noStrength;
    double ironMeals = num(a, "iron-rich-meals-per-week", Double.NaN);
    boolean lowIntake =
        ironMeals < 4 || (Set.of("vegetarian", "vegan").contains(a.get("diet")) && ironMeals < 7);
    boolean wornOut = num(a, "shoe-distance-km", Double.NaN) >= 640;
    boolean tight =
        Boolean.TRUE.equals(a.get("shoes-feel-tight")) || num(a, "toe-room-cm", Double.NaN) < 1.3;

    Map<String, Integer> causes = new LinkedHashMap<>();
    add(causes, "beginner", newRunner, 1);
    add(causes, "beginner", newRunner && hard, 2);
    add(causes, "beginner", newRunner && recovery, 2);
    add(causes, "beginner", newRunner && rapid, 2);
    add(causes, "beginner", newRunner && frequent, 1);
    add(causes, "overtraining", overtraining, 3);
    add(causes, "overtraining", overtraining && hard && recovery, 2);
    add(causes, "overtraining", hard && recovery && !newRunner, 1);
    add(causes, "strength-training", volume, 3);
    add(causes, "strength-training", heavyLifting, 2);
    boolean lowIronTested = List.of("low-ferritin", "anaemia").contains(a.get("iron-test"));
    boolean normalIronTested = "normal".equals(a.get("iron-test"));
    add(causes, "iron-deficiency", lowIronTested, 4);
    add(causes, "iron-deficiency", lowIntake && !normalIronTested, 2);
    add(causes, "iron-deficiency", symptoms.contains("restless-legs") && !normalIronTested, 2);
    add(
        causes,
        "iron-deficiency",
        symptoms.contains("chronic-fatigue")
            && !causes.containsKey("beginner")
            && !causes.containsKey("overtraining")
            && !causes.containsKey("strength-training")
            && !normalIronTested,
        1);
    add(causes, "wrong-shoes", wornOut, 3);
    add(causes, "wrong-shoes", tight, 3);
    add(causes, "hot-weather", hot && dehydration, 3);
    add(causes, "hot-weather", hot && electrolyteLoss, 2);
    add(causes, "hot-weather", hot, 1);
    return causes;
  }

  private static void add(Map<String, Integer> causes, String cause, boolean holds, int weight) {
    if (holds) {
      causes.merge(cause, weight, Integer::sum);
    }
  }

  private static double num(Map<String, Object> answers, String question, double missing) {
    Object value = answers.get(question);
    return value instanceof Number n ? n.doubleValue() : missing;
  }
}
