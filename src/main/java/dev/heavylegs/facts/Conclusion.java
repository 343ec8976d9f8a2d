package dev.heavylegs.facts;

import java.util.Locale;

/**
 * Something the rules concluded. Every conclusion is inserted logically ({@code insertLogical}), so
 * truth maintenance withdraws it, and everything resting on it, as soon as its premises stop
 * holding. Equal conclusions reached by several rules are one fact with several justifications.
 */
public sealed interface Conclusion permits Condition, Cause, Recommendation, Referral {

  /** The conclusion's id, as written in the rule and keyed in the wording files. */
  String id();

  /** Which stage of the inference this conclusion belongs to. */
  Kind kind();

  /** The stages of the inference, in the order they build on each other. */
  enum Kind {
    CONDITION,
    CAUSE,
    RECOMMENDATION,
    REFERRAL;

    /** The lower-case name used in wording files and JSON: {@code condition}, {@code cause}... */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The plural, as the sections of a wording file and the stages of the graph are named. */
    public String plural() {
      return label() + "s";
    }
  }
}
