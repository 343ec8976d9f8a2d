package dev.heavylegs.questions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * Units a runner may type after a number ({@code 500 mi}, {@code 0.5 in}, {@code 86F}), and how
 * they convert to the unit a question is asked in. Conversion only happens within one quantity
 * (length, temperature, volume, time); the catalogue's unit is the default.
 */
final class Units {

  /** One unit: the words that name it, and how it converts to its quantity's base unit. */
  private record Unit(
      String quantity,
      List<String> names,
      DoubleUnaryOperator toBase,
      DoubleUnaryOperator fromBase) {

    static Unit scaled(String quantity, double factor, String... names) {
      return new Unit(quantity, List.of(names), x -> x * factor, x -> x / factor);
    }

    boolean isNamed(String word) {
      return names.contains(word.toLowerCase(Locale.ROOT));
    }
  }

  private static final List<Unit> UNITS =
      List.of(
          Unit.scaled(
              "length", 1000, "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),
          Unit.scaled("length", 1609.344, "mi", "mile", "miles"),
          Unit.scaled("length", 1, "m", "metre", "metres", "meter", "meters"),
          Unit.scaled(
              "length", 0.01, "cm", "centimetre", "centimetres", "centimeter", "centimeters"),
          Unit.scaled(
              "length", 0.001, "mm", "millimetre", "millimetres", "millimeter", "millimeters"),
          Unit.scaled("length", 0.0254, "in", "inch", "inches", "\""),
          new Unit("temperature", List.of("°c", "c", "celsius", "degc"), x -> x, x -> x),
          new Unit(
              "temperature",
              List.of("°f", "f", "fahrenheit", "degf"),
              x -> (x - 32) * 5 / 9,
              x -> x * 9 / 5 + 32),
          Unit.scaled("volume", 1, "l", "litre", "litres", "liter", "liters"),
          Unit.scaled(
              "volume", 0.001, "ml", "millilitre", "millilitres", "milliliter", "milliliters"),
          Unit.scaled("volume", 0.0295735, "oz", "fl oz", "floz", "ounces"),
          Unit.scaled("time", 1, "min", "mins", "minute", "minutes"),
          Unit.scaled("time", 60, "h", "hr", "hrs", "hour", "hours"),
          Unit.scaled("time", 60 * 24, "d", "day", "days"),
          Unit.scaled("time", 60 * 24 * 7, "wk", "wks", "week", "weeks"),
          Unit.scaled("time", 60 * 24 * 365.25 / 12, "month", "months", "mo"),
          Unit.scaled("time", 60 * 24 * 365.25, "y", "yr", "yrs", "year", "years"));

  private Units() {}

  /**
   * {@code value} typed in {@code typedUnit}, converted to {@code questionUnit}.
   *
   * @return empty when the typed unit is unknown or measures something else
   */
  static Optional<Double> convert(double value, String typedUnit, String questionUnit) {
    if (questionUnit != null && typedUnit.equalsIgnoreCase(questionUnit)) {
      return Optional.of(value);
    }
    Optional<Unit> from = find(typedUnit);
    Optional<Unit> to = questionUnit == null ? Optional.empty() : find(questionUnit);
    if (from.isEmpty() || to.isEmpty() || !from.get().quantity().equals(to.get().quantity())) {
      return Optional.empty();
    }
    return Optional.of(to.get().fromBase().applyAsDouble(from.get().toBase().applyAsDouble(value)));
  }

  /** The other units worth suggesting for a question asked in {@code questionUnit}. */
  private static final Map<String, List<String>> SUGGESTED =
      Map.of(
          "km", List.of("mi"),
          "cm", List.of("in", "mm"),
          "°c", List.of("F"),
          "l", List.of("ml", "oz"),
          "min", List.of("h"),
          "hours", List.of("days"),
          "weeks", List.of("months"),
          "months", List.of("weeks", "years"));

  /** Other units a runner may use for {@code questionUnit}, for messages; empty if none. */
  static List<String> alternativesTo(String questionUnit) {
    return questionUnit == null
        ? List.of()
        : SUGGESTED.getOrDefault(questionUnit.toLowerCase(Locale.ROOT), List.of());
  }

  private static Optional<Unit> find(String word) {
    String name = word.trim();
    return UNITS.stream().filter(u -> u.isNamed(name)).findFirst();
  }
}
