package dev.heavylegs.engine;

import dev.heavylegs.explain.Derivation;
import dev.heavylegs.facts.Conclusion;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.kbase.ConclusionRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules concluded from one set of answers: every conclusion with the derivations that
 * support it. A derivation's premises that are conclusions are themselves keys of this map.
 */
public final class Inference {

  private final Map<Conclusion, List<Derivation>> derivations;

  /**
   * The conclusions of each kind, in the map's order: a report asks for each kind several times.
   */
  private final Map<Kind, List<Conclusion>> byKind = new EnumMap<>(Kind.class);

  public Inference(Map<Conclusion, List<Derivation>> derivations) {
    this.derivations = Collections.unmodifiableMap(new LinkedHashMap<>(derivations));
    for (Conclusion conclusion : this.derivations.keySet()) {
      byKind.computeIfAbsent(conclusion.kind(), k -> new ArrayList<>()).add(conclusion);
    }
  }

  /** All conclusions with their derivations. */
  public Map<Conclusion, List<Derivation>> all() {
    return derivations;
  }

  /** The conclusions of one kind. */
  public List<Conclusion> ofKind(Kind kind) {
    return Collections.unmodifiableList(byKind.getOrDefault(kind, List.of()));
  }

  /** The derivations of {@code conclusion}; empty if it was not concluded. */
  public List<Derivation> derivationsOf(Conclusion conclusion) {
    return derivations.getOrDefault(conclusion, List.of());
  }

  /** True when a conclusion of this kind and id was reached (for a referral, at any urgency). */
  public boolean contains(ConclusionRef ref) {
    return derivations.keySet().stream().anyMatch(c -> ConclusionRef.of(c).equals(ref));
  }
}
