package dev.heavylegs.engine;

import java.util.List;

/**
 * The rules kept triggering each other and were stopped at the firing limit. This is a fault of the
 * knowledge base, not of the answers.
 */
public final class RunawayRulesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> rules;

  RunawayRulesException(int firings, List<String> rules) {
    super(
        "the rules were stopped after "
            + firings
            + " firings without settling; "
            + "these kept firing: "
            + String.join(", ", rules));
    this.rules = List.copyOf(rules);
  }

  /** The rules that fired most, described as {@code ID "name" (file:line) xN}. */
  public List<String> rules() {
    return rules;
  }
}
