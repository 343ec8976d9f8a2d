package dev.heavylegs.kbase;

import dev.heavylegs.facts.Conclusion;

/**
 * Names a conclusion by kind and id, without the urgency a referral carries: the key for wording
 * and for what rules read and conclude.
 */
public record ConclusionRef(Conclusion.Kind kind, String id) {

  public static ConclusionRef of(Conclusion conclusion) {
    return new ConclusionRef(conclusion.kind(), conclusion.id());
  }

  @Override
  public String toString() {
    return kind.label() + " '" + id + "'";
  }
}
