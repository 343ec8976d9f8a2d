package dev.heavylegs.kbase.mutate;

import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.mutate.KbaseMutants.Kind;
import dev.heavylegs.kbase.mutate.KbaseMutants.Mutant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Weight mutants: each weighted rule's weight one more and one less. A weight is read by the report
 * (a cause's strength is the sum of the weights behind it), not by the engine, so the rules stay
 * compiled as they are and only the rule index changes.
 */
final class WeightEdits {

  private WeightEdits() {}

  static List<Mutant> mutants(KnowledgeBase base) {
    List<Mutant> mutants = new ArrayList<>();
    for (RuleInfo rule : base.rules().list()) {
      Optional<Integer> weight = rule.weight();
      if (weight.isEmpty()) {
        continue;
      }
      int w = weight.get();
      for (int changed : w > 1 ? List.of(w + 1, w - 1) : List.of(w + 1)) {
        mutants.add(
            new Mutant(
                Kind.WEIGHT,
                rule,
                rule.location(),
                "weight " + w + " → " + changed,
                Optional.empty(),
                () -> withWeight(base, rule, changed)));
      }
    }
    return mutants;
  }

  private static KnowledgeBase withWeight(KnowledgeBase base, RuleInfo rule, int weight) {
    Map<String, String> metadata = new LinkedHashMap<>(rule.metadata());
    metadata.put(RuleInfo.WEIGHT, String.valueOf(weight));
    RuleInfo changed =
        new RuleInfo(
            rule.packageName(),
            rule.name(),
            rule.file(),
            rule.table(),
            rule.line(),
            metadata,
            rule.answerTests(),
            rule.conclusionsRead(),
            rule.conditions(),
            rule.conclusionsMade(),
            rule.consequence(),
            rule.urgency().orElse(null));
    List<RuleInfo> rules = new ArrayList<>(base.rules().list());
    rules.replaceAll(r -> r.equals(rule) ? changed : r);
    return base.withCompiled(new RuleIndex(rules), base.kieBase());
  }
}
