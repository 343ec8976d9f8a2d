package dev.heavylegs.explain;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.facts.Conclusion;
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Reads every conclusion in a session together with its derivations, as the engine recorded them.
 * The result is a graph: a derivation's premises point at conclusions whose own derivations are in
 * the same map. One reader serves one session (it is not thread-safe).
 */
public final class DerivationReader {

  private static final Comparator<Derivation> BY_LOCATION =
      Comparator.comparing((Derivation d) -> d.rule().file())
          .thenComparingInt(d -> d.rule().line());

  private final RuleIndex rules;

  /** The knowledge base's rule objects are shared by its sessions, so each is looked up once. */
  private final Map<Rule, RuleInfo> infoByRule = new IdentityHashMap<>();

  public DerivationReader(RuleIndex rules) {
    this.rules = rules;
  }

  /** Each conclusion now in {@code session}, with the derivations that currently support it. */
  public Map<Conclusion, List<Derivation>> read(KieSession session) {
    Map<Conclusion, List<Derivation>> out = new LinkedHashMap<>();
    for (FactHandle handle : session.getFactHandles(o -> o instanceof Conclusion)) {
      Conclusion conclusion = (Conclusion) session.getObject(handle);
      List<Derivation> derivations = new ArrayList<>();
      for (Justifications.Justification j : Justifications.of(handle)) {
        derivations.add(new Derivation(ruleInfo(j.rule()), premises(j.facts())));
      }
      derivations.sort(BY_LOCATION);
      out.put(conclusion, List.copyOf(derivations));
    }
    return out;
  }

  private RuleInfo ruleInfo(Rule rule) {
    return infoByRule.computeIfAbsent(rule, this::lookUp);
  }

  private RuleInfo lookUp(Rule rule) {
    return rules
        .find(rule.getPackageName(), rule.getName())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "rule not in the index: " + rule.getPackageName() + "." + rule.getName()));
  }

  private static List<Premise> premises(List<?> facts) {
    List<Premise> premises = new ArrayList<>(facts.size());
    for (Object fact : facts) {
      if (fact instanceof Answer answer) {
        premises.add(new Premise.Answered(answer));
      } else if (fact instanceof Conclusion conclusion) {
        premises.add(new Premise.Concluded(conclusion));
      }
      // Anything else (an accumulate's result) is a computed value, not a fact a runner gave.
    }
    return premises;
  }
}
