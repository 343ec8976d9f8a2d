package dev.heavylegs.scenarios;

import java.util.List;
import java.util.Set;

/**
 * What running one scenario showed.
 *
 * @param scenario the scenario
 * @param failures how the outcome differs from what the scenario expects; empty when it passes
 * @param firedRules ids of the rules that support some conclusion of the scenario, for coverage
 */
public record ScenarioResult(Scenario scenario, List<Failure> failures, Set<String> firedRules) {

  public ScenarioResult {
    failures = List.copyOf(failures);
    firedRules = Set.copyOf(firedRules);
  }

  public boolean passed() {
    return failures.isEmpty();
  }

  /**
   * One difference.
   *
   * @param message what was expected and what came out
   * @param explanation how the unexpected conclusion was reached, or why the expected one was not
   */
  public record Failure(String message, String explanation) {}
}
