package dev.heavylegs.kbase.drl;

/** A comparison operator of a rule's condition in an expert's words: {@code >=} is "at least". */
public final class ComparisonWords {

  private ComparisonWords() {}

  /** {@code at least}, {@code more than}, {@code less than}, {@code at most}, ... */
  public static String of(String operator) {
    return switch (operator) {
      case ">=" -> "at least";
      case ">" -> "more than";
      case "<" -> "less than";
      case "<=" -> "at most";
      case "==" -> "exactly";
      default -> "other than";
    };
  }
}
