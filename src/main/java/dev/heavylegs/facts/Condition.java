package dev.heavylegs.facts;

import java.util.Objects;

/**
 * An intermediate condition inferred from answers, such as dehydration or worn-out shoes.
 *
 * @param id the condition id, never null
 */
public record Condition(String id) implements Conclusion {

  public Condition {
    Objects.requireNonNull(id, "id");
  }

  @Override
  public Kind kind() {
    return Kind.CONDITION;
  }
}
