package dev.heavylegs.engine;

import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Counts how often each rule fires, to name the culprits when rules run away. */
final class FiringCounter extends DefaultAgendaEventListener {

  private final Map<Rule, Integer> counts = new HashMap<>();

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    counts.merge(event.getMatch().getRule(), 1, Integer::sum);
  }

  /**
   * The rules that fired most, most first, described for an expert; rules that fired only a few
   * times (what set the loop off) are left out, so the names are those of the loop.
   */
  List<String> busiest(RuleIndex rules, int limit) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > Math.max(1, total / 100))
        .sorted(Map.Entry.<Rule, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(limit)
        .map(
            e ->
                rules
                        .find(e.getKey().getPackageName(), e.getKey().getName())
                        .map(RuleInfo::reference)
                        .orElse("\"" + e.getKey().getName() + "\"")
                    + " x"
                    + e.getValue())
        .toList();
  }

  void reset() {
    counts.clear();
  }
}
