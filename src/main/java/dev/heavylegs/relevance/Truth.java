package dev.heavylegs.relevance;

/** Three-valued truth of a rule condition while some answers are still to come. */
public enum Truth {
  TRUE,
  FALSE,
  /** Depends on answers not given yet (or on something this reading cannot evaluate). */
  OPEN;

  static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }

  Truth not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case OPEN -> OPEN;
    };
  }
}
