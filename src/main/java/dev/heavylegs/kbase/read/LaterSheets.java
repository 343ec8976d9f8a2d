package dev.heavylegs.kbase.read;

import dev.heavylegs.kbase.KbaseProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Rule tables on a workbook's second sheet and later: Drools reads a decision table's first sheet
 * only, so their rules would be missing without a word. Each is one error at its RuleTable cell.
 */
final class LaterSheets {

  private LaterSheets() {}

  static List<KbaseProblem> tables(InputStream workbook, String shown) throws IOException {
    List<KbaseProblem> problems = new ArrayList<>();
    try (Workbook book = WorkbookFactory.create(workbook)) {
      for (int s = 1; s < book.getNumberOfSheets(); s++) {
        Sheet sheet = book.getSheetAt(s);
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING
                && cell.getStringCellValue().trim().startsWith("RuleTable")) {
              String reference =
                  sheet.getSheetName()
                      + "!"
                      + DecisionTable.columnLetters(cell.getColumnIndex() + 1)
                      + (row.getRowNum() + 1);
              problems.add(
                  KbaseProblem.error(
                      shown,
                      row.getRowNum() + 1,
                      cell.getColumnIndex() + 1,
                      "the rule table on sheet '"
                          + sheet.getSheetName()
                          + "' is not read: Drools reads the first sheet of a workbook only; move"
                          + " the table to the first sheet, or into a .drl.xlsx file of its own"
                          + " [cell "
                          + reference
                          + "]"));
            }
          }
        }
      }
    }
    return problems;
  }
}
