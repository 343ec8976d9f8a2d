package dev.heavylegs.facts;

import java.util.Objects;

/**
 * Advice to see a doctor, with how soon. Red flags are referrals with {@link Urgency#EMERGENCY} or
 * {@link Urgency#URGENT}.
 *
 * @param id the referral id, never null
 * @param urgency how soon the runner should be seen, never null
 */
public record Referral(String id, Urgency urgency) implements Conclusion {

  public Referral {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(urgency, "urgency");
  }

  @Override
  public Kind kind() {
    return Kind.REFERRAL;
  }
}
