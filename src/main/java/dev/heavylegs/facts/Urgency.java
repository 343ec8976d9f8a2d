package dev.heavylegs.facts;

import java.util.Locale;

/** How soon a referral needs a doctor, most pressing first. */
public enum Urgency {
  /** Needs emergency care now. */
  EMERGENCY,
  /** Needs a doctor within a day. */
  URGENT,
  /** An ordinary appointment. */
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
