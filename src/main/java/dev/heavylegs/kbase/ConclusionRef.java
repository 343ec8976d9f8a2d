package dev.heavylegs.kbase;

import dev.heavylegs.facts.Conclusion;
import java.util.Objects;

/**
 * Names a conclusion by kind and id, without the urgency a referral carries: the key for wording
 * and for what rules read and conclude.
 */
public record ConclusionRef(Conclusion.Kind kind, String id) {

  public ConclusionRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static ConclusionRef of(Conclusion conclusion) {
    return new ConclusionRef(conclusion.kind(), conclusion.id());
  }

  // Written out rather than left to the record: a record's generated equals and hashCode go
  // through method handles that the quick (C1) compiler a consultation runs on does not inline,
  // and conclusions are map keys in every step of the open-question analysis.
  @Override
  public boolean equals(Object other) {
    return other instanceof ConclusionRef ref && kind == ref.kind && id.equals(ref.id);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + id.hashCode();
  }

  @Override
  public String toString() {
    return kind.label() + " '" + id + "'";
  }
}
