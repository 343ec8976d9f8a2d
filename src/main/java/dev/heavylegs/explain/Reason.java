package dev.heavylegs.explain;

import dev.heavylegs.kbase.RuleInfo;
import java.util.List;

/**
 * One node of an explanation tree: a rule that supports a conclusion, and what it rested on,
 * expanded down to the runner's answers.
 *
 * @param rule the rule, with id, name, file, line and source
 * @param because the answers and conclusions it rested on
 */
public record Reason(RuleInfo rule, List<Support> because) {

  public Reason {
    because = List.copyOf(because);
  }

  /** What a reason rests on. */
  public sealed interface Support {}

  /**
   * One of the runner's answers.
   *
   * @param question the question id
   * @param value the value as the rules see it ({@code 31}, {@code no}, {@code thirst})
   * @param number the numeric value, or null for non-numeric answers
   * @param shown the value with its unit, as a person reads it ({@code 31 °C})
   */
  public record AnswerSupport(String question, String value, Double number, String shown)
      implements Support {}

  /**
   * An earlier conclusion, with its own reasons.
   *
   * @param kind condition, cause, recommendation or referral
   * @param id the conclusion id
   * @param title its title from the wording
   * @param reasons why it holds
   */
  public record ConclusionSupport(String kind, String id, String title, List<Reason> reasons)
      implements Support {

    public ConclusionSupport {
      reasons = List.copyOf(reasons);
    }
  }
}
