package dev.heavylegs.facts;

import java.util.Objects;

/**
 * A reason the runner's legs feel heavy. Several rules may conclude the same cause; each one that
 * holds adds its {@code @weight} to the cause's strength.
 *
 * @param id the cause id, never null
 */
public record Cause(String id) implements Conclusion {

  public Cause {
    Objects.requireNonNull(id, "id");
  }

  @Override
  public Kind kind() {
    return Kind.CAUSE;
  }
}
