package dev.heavylegs.kbase.read;

import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.read.DecisionTable.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cells of a decision table's number columns (a code template such as {@code number >= $param})
 * that do not hold a number: {@code 640km}, a decimal comma ({@code 1,27}). Found on the cells
 * themselves, so each is one error at its own cell, in an expert's words, instead of a syntax error
 * in the generated rules at some other cell.
 */
final class NumericCells {

  private static final Pattern NUMBER_TEMPLATE =
      Pattern.compile("\\bnumber\\s*(>=|<=|==|!=|>|<)\\s*\\$param\\b");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^(-?\\d+(\\.\\d+)?)\\s*\\S+$");

  private NumericCells() {}

  /** One problem for each cell of a number column that holds something else. */
  static List<KbaseProblem> mistakes(List<Cell> cells, String shown, boolean withSheet) {
    List<KbaseProblem> problems = new ArrayList<>();
    for (Cell template : cells) {
      if (!NUMBER_TEMPLATE.matcher(template.value()).find()) {
        continue;
      }
      // The row below the templates holds the column titles; the rules follow, up to the next
      // rule table of the sheet.
      int end = nextTableRow(cells, template);
      for (Cell cell : cells) {
        if (cell.sheet().equals(template.sheet())
            && cell.column() == template.column()
            && cell.row() > template.row() + 1
            && cell.row() < end
            && !cell.value().isBlank()
            && !NUMBER.matcher(cell.value().trim()).matches()) {
          problems.add(
              KbaseProblem.error(
                  shown,
                  cell.row(),
                  cell.column(),
                  advice(cell.value().trim()) + " [cell " + cell.reference(withSheet) + "]"));
        }
      }
    }
    return problems;
  }

  private static String advice(String value) {
    if (DECIMAL_COMMA.matcher(value).matches()) {
      return "'"
          + value
          + "' is not a number: write "
          + value.replace(',', '.')
          + ", with a point before the decimals";
    }
    var leading = LEADING_NUMBER.matcher(value);
    if (leading.matches()) {
      return "'"
          + value
          + "' is not a number: write "
          + leading.group(1)
          + " alone (the unit is the question's)";
    }
    return "'" + value + "' is not a number: this column compares the answer with a number";
  }

  /** The row of the next rule table below {@code template} on its sheet, or past the last row. */
  static int nextTableRow(List<Cell> cells, Cell template) {
    return cells.stream()
        .filter(
            c ->
                c.sheet().equals(template.sheet())
                    && c.row() > template.row()
                    && c.value().trim().startsWith("RuleTable"))
        .mapToInt(Cell::row)
        .min()
        .orElse(Integer.MAX_VALUE);
  }
}
