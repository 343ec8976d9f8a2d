package dev.heavylegs.kbase.read;

import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.read.DecisionTable.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cells of a rule table in a column that has no header: a note typed beside a row, a value one
 * column too far. Drools refuses the whole table for it ("Code description in cell I10 does not
 * have an 'ACTION' or 'CONDITION' column header"); found on the cells, it is one error at the cell
 * in an expert's words.
 */
final class HeaderlessCells {

  private HeaderlessCells() {}

  /** One problem for each filled cell of a rule table below a column without a header. */
  static List<KbaseProblem> mistakes(List<Cell> cells, String shown, boolean withSheet) {
    List<KbaseProblem> problems = new ArrayList<>();
    for (Cell table : cells) {
      if (!table.value().trim().startsWith("RuleTable")) {
        continue;
      }
      // the row under "RuleTable <name>" names each column: CONDITION, ACTION, NAME, METADATA...
      int headerRow = table.row() + 1;
      Set<Integer> headed =
          cells.stream()
              .filter(c -> sameSheet(c, table) && c.row() == headerRow && !c.value().isBlank())
              .map(Cell::column)
              .collect(Collectors.toSet());
      if (headed.isEmpty()) {
        continue;
      }
      int last = headed.stream().mapToInt(Integer::intValue).max().orElseThrow();
      int end = NumericCells.nextTableRow(cells, table);
      for (Cell cell : cells) {
        if (sameSheet(cell, table)
            && cell.row() > headerRow
            && cell.row() < end
            && cell.column() > last
            && !cell.value().isBlank()) {
          problems.add(
              KbaseProblem.error(
                  shown,
                  cell.row(),
                  cell.column(),
                  "'"
                      + cell.value().trim()
                      + "' is in a column with no header (the table's columns end at "
                      + DecisionTable.columnLetters(last)
                      + "): delete it, or move it into the table"
                      + " [cell "
                      + cell.reference(withSheet)
                      + "]"));
        }
      }
    }
    return problems;
  }

  private static boolean sameSheet(Cell a, Cell b) {
    return a.sheet().equals(b.sheet());
  }
}
