package dev.heavylegs.explain;

import dev.heavylegs.kbase.RuleInfo;
import java.util.List;

/**
 * One reason a conclusion holds right now: the rule that concluded it and the facts its match
 * rested on. A conclusion reached by several rules, or by one rule on different facts, has several
 * derivations.
 *
 * @param rule the rule, with its metadata and where it is written
 * @param premises the answers and conclusions it matched, in the order of its conditions
 */
public record Derivation(RuleInfo rule, List<Premise> premises) {

  public Derivation {
    premises = List.copyOf(premises);
  }
}
