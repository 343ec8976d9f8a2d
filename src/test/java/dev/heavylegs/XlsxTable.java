package dev.heavylegs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The shipped threshold table as an expert's spreadsheet program would save it: {@code .xlsx}. */
public final class XlsxTable {

  private XlsxTable() {}

  /** Replaces {@code conditions/thresholds.drl.csv} of a kbase copy by the same table in xlsx. */
  public static Path replaceThresholdsCsv(Path kbase) throws IOException {
    Path csv = kbase.resolve("conditions/thresholds.drl.csv");
    List<List<String>> rows = rowsOf(Files.readString(csv));
    Files.delete(csv);
    Path xlsx = kbase.resolve("conditions/thresholds.drl.xlsx");
    write(rows, xlsx);
    return xlsx;
  }

  /** The rows of a CSV whose every cell is quoted, as the shipped table is written. */
  public static List<List<String>> rowsOf(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      String inner = line.substring(1, line.length() - 1);
      List<String> cells = new ArrayList<>();
      for (String cell : inner.split("\",\"", -1)) {
        cells.add(cell.replace("\"\"", "\""));
      }
      rows.add(cells);
    }
    return rows;
  }

  public static void write(List<List<String>> rows, Path file) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("Thresholds");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          String value = rows.get(r).get(c).replace("...", "");
          if (!value.isEmpty()) {
            row.createCell(c).setCellValue(value);
          }
        }
      }
      // The object type of the four CONDITION columns is one merged cell, as in a spreadsheet:
      // the text in its first cell, the others blank.
      Row objectTypes = sheet.getRow(6);
      for (int c = 4; c <= 6; c++) {
        objectTypes.createCell(c).setBlank();
      }
      sheet.addMergedRegion(new CellRangeAddress(6, 6, 3, 6));
      workbook.write(out);
    }
  }
}
