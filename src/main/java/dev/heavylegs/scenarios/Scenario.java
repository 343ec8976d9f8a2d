package dev.heavylegs.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heavylegs.report.Outcome;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario.
 *
 * @param name what the scenario shows, in plain words
 * @param file the scenario file as shown to users
 * @param line the line where the scenario starts
 * @param answers the runner's answers, as in an answers file
 * @param expect what must come out
 * @param absent what must not come out
 * @param asked questions an interactive consultation must ask a runner who gives these answers (and
 *     "don't know" to any other question, and stops at a red flag as the prompt suggests)
 * @param notAsked questions it must not ask that runner
 */
public record Scenario(
    String name,
    String file,
    int line,
    JsonNode answers,
    Outcome expect,
    Outcome absent,
    List<String> asked,
    List<String> notAsked) {

  public Scenario {
    asked = asked == null ? List.of() : List.copyOf(asked);
    notAsked = notAsked == null ? List.of() : List.copyOf(notAsked);
  }

  /**
   * A set of conclusions, by id. A referral may name its urgency: {@code possible-dvt (urgent)}.
   *
   * @param topCause the cause that must rank first, or null
   * @param strengths causes that must come out with exactly this strength (the sum of the weights
   *     of the rules behind them), by id; only under {@code expect}
   * @param ranking causes that must come out first, in this order; only under {@code expect}
   */
  public record Outcome(
      String topCause,
      List<String> causes,
      List<String> conditions,
      List<String> recommendations,
      List<String> referrals,
      Map<String, Integer> strengths,
      List<String> ranking) {

    public static final Outcome NOTHING =
        new Outcome(null, List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());

    public Outcome {
      causes = causes == null ? List.of() : List.copyOf(causes);
      conditions = conditions == null ? List.of() : List.copyOf(conditions);
      recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
      referrals = referrals == null ? List.of() : List.copyOf(referrals);
      strengths =
          strengths == null
              ? Map.of()
              : Collections.unmodifiableMap(new LinkedHashMap<>(strengths));
      ranking = ranking == null ? List.of() : List.copyOf(ranking);
    }
  }

  /** {@code file:line: name}, for listings. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + name;
  }
}
