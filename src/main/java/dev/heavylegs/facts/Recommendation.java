package dev.heavylegs.facts;

import java.util.Objects;

/**
 * Something the runner can do, concluded from a cause or condition.
 *
 * @param id the recommendation id, never null
 */
public record Recommendation(String id) implements Conclusion {

  public Recommendation {
    Objects.requireNonNull(id, "id");
  }

  @Override
  public Kind kind() {
    return Kind.RECOMMENDATION;
  }
}
