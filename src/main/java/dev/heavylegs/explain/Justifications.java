package dev.heavylegs.explain;

import java.util.ArrayList;
import java.util.List;
import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Reads the truth maintenance system's current justifications of a logically inserted fact: each is
 * a rule match that still holds. Drools has no public API for this; this class is the only place
 * that touches its internals (drools-tms 10.2.0), and {@code JustificationsTest} pins the
 * behaviour.
 */
final class Justifications {

  /** A rule match that supports a fact. */
  record Justification(Rule rule, List<?> facts) {}

  private Justifications() {}

  /** The current justifications of {@code handle}; empty for a fact inserted by the program. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static List<Justification> of(FactHandle handle) {
    EqualityKey key = ((InternalFactHandle) handle).getEqualityKey();
    if (!(key instanceof TruthMaintenanceSystemEqualityKey tmsKey)) {
      return List.of();
    }
    BeliefSet beliefs = tmsKey.getBeliefSet();
    if (beliefs == null) {
      return List.of();
    }
    List<Justification> out = new ArrayList<>();
    for (SimpleMode mode = (SimpleMode) beliefs.getFirst(); mode != null; mode = mode.getNext()) {
      LogicalDependency dependency = mode.getObject();
      Match match = (Match) dependency.getJustifier();
      out.add(
          new Justification(
              match.getRule(), match.getObjects())); // a fresh list from Drools, read once
    }
    return out;
  }
}
