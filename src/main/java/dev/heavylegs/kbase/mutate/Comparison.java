package dev.heavylegs.kbase.mutate;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.kbase.drl.ComparisonWords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code number OP value} in a rule, and how it may be mutated: its boundary flipped ({@code >=}
 * and {@code >}, {@code <} and {@code <=}), or its value moved. A whole-number answer moves by 1
 * (the move the flip does not already make); any other by a tenth of the value, so that a scenario
 * pins the threshold to within 10 %.
 */
record Comparison(String operator, double value) {

  Optional<Comparison> boundaryFlip() {
    return switch (operator) {
      case ">=" -> Optional.of(new Comparison(">", value));
      case ">" -> Optional.of(new Comparison(">=", value));
      case "<" -> Optional.of(new Comparison("<=", value));
      case "<=" -> Optional.of(new Comparison("<", value));
      default -> Optional.empty();
    };
  }

  List<Comparison> moves(boolean whole) {
    if (whole) {
      return switch (operator) {
        // the flip already moves '>=' up and '<' up by one: move them down
        case ">=", "<" -> List.of(new Comparison(operator, value - 1));
        case ">", "<=" -> List.of(new Comparison(operator, value + 1));
        default ->
            List.of(new Comparison(operator, value - 1), new Comparison(operator, value + 1));
      };
    }
    double step = value == 0 ? 1 : Math.abs(value) / 10;
    return List.of(
        new Comparison(operator, rounded(value + step)),
        new Comparison(operator, rounded(value - step)));
  }

  /**
   * An answer that {@code this} and {@code other} judge differently: for whole numbers the first of
   * the threshold and its neighbours that does; else the middle of the gap between the two values,
   * shown as briefly as it stays inside the gap.
   */
  double partingValue(Comparison other, boolean whole) {
    List<Double> candidates = new ArrayList<>();
    if (whole) {
      candidates.addAll(List.of(value, value - 1, value + 1));
    } else {
      double middle = (value + other.value) / 2;
      for (int digits = 0; digits <= 6; digits++) {
        candidates.add(
            BigDecimal.valueOf(middle).setScale(digits, RoundingMode.HALF_UP).doubleValue());
      }
      candidates.addAll(List.of(middle, value, other.value));
    }
    return candidates.stream().filter(x -> holds(x) != other.holds(x)).findFirst().orElse(value);
  }

  /** Whether an answer of {@code x} meets this comparison. */
  boolean holds(double x) {
    return switch (operator) {
      case ">=" -> x >= value;
      case ">" -> x > value;
      case "<" -> x < value;
      case "<=" -> x <= value;
      case "==" -> x == value;
      default -> x != value;
    };
  }

  /** {@code at least 640 km}, given the value with its unit. */
  String inWords(String shownValue) {
    return ComparisonWords.of(operator) + " " + shownValue;
  }

  /** A value as the rules write it: 640, 1.4, never 1.4000000000000001. */
  static String number(double value) {
    return Answer.formatNumber(rounded(value));
  }

  private static double rounded(double value) {
    return BigDecimal.valueOf(value)
        .setScale(6, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .doubleValue();
  }
}
