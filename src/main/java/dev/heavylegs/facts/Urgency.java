package dev.heavylegs.facts;

import java.util.Locale;

/** How soon a referral needs a doctor, most pressing first. */
public enum Urgency {
  /** Call emergency services or go to an emergency department now. */
  EMERGENCY,
  /** See a doctor today, before running again. */
  URGENT,
  /** Book an ordinary appointment. */
  ROUTINE;

  /** True for the urgencies that make a referral a red flag. */
  public boolean isRedFlag() {
    return this != ROUTINE;
  }

  /** The lower-case name used in JSON and reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
