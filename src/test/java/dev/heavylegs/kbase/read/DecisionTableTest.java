package dev.heavylegs.kbase.read;

import static dev.heavylegs.ShippedKbase.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.facts.Condition;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thresholds in a spreadsheet: loaded, checked and explained like DRL, pointing at cells. */
class DecisionTableTest {

  @TempDir Path tmp;

  @Test
  void theShippedThresholdsTableGivesRulesAtTheirRows() {
    RuleInfo hot =
        ShippedKbase.get().rules().all().stream()
            .filter(r -> r.id().equals("COND-HOT-CONDITIONS-01"))
            .findFirst()
            .orElseThrow();

    assertThat(hot.file()).isEqualTo("kbase/conditions/thresholds.drl.csv");
    assertThat(hot.table()).isEqualTo("Thresholds");
    assertThat(hot.line()).isEqualTo(10);
    assertThat(hot.location())
        .isEqualTo("kbase/conditions/thresholds.drl.csv, table Thresholds, row 10");
    assertThat(hot.source()).startsWith("source-article: Hot Weather");
  }

  @Test
  void aThresholdChangedInTheTableChangesTheConclusionWithNoOtherEdit() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    edit(
        kbase.resolve("conditions/thresholds.drl.csv"),
        "\"temperature-c\",\"25\"",
        "\"temperature-c\",\"20\"");

    var inference =
        Consultation.run(
            KnowledgeBaseLoader.load(kbase), TestAnswers.of("{\"temperature-c\": 22}"));

    assertThat(inference.all()).containsKey(new Condition("hot-conditions"));
  }

  @Test
  void problemsInATableNameTheRowAndTheCell() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path table = kbase.resolve("conditions/thresholds.drl.csv");
    edit(table, "\"temperature-c\",\"25\"", "\"temprature-c\",\"25\"");
    edit(table, "\"shoe-distance-km\",\"640\"", "\"shoe-distance-km\",\"far\"");
    edit(table, ",\"tight-shoes\"", ",\"tight-shoe\"");

    List<String> problems = problems(kbase);

    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .matches(
                        ".*/conditions/thresholds\\.drl\\.csv:10:4: error: unknown question 'temprature-c' \\(did you mean temperature-c\\?\\) \\[cell D10]"));
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .matches(
                        ".*/conditions/thresholds\\.drl\\.csv:12:5: error: cannot use number >= far: .* \\[cell E12]"));
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .matches(
                        ".*/conditions/thresholds\\.drl\\.csv:13:8: error: condition 'tight-shoe' has no wording.* \\[cell H13]"));
    assertThat(problems).noneMatch(p -> p.contains("generated"));
  }

  @Test
  void anXlsxTableWorksLikeTheCsvOneAndItsProblemsNameTheCell() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path csv = kbase.resolve("conditions/thresholds.drl.csv");
    List<List<String>> rows = csvRows(Files.readString(csv));
    Files.delete(csv);
    Path xlsx = kbase.resolve("conditions/thresholds.drl.xlsx");
    writeXlsx(rows, xlsx);

    KnowledgeBase loaded = loaded(kbase);
    RuleInfo hot =
        loaded.rules().all().stream()
            .filter(r -> r.id().equals("COND-HOT-CONDITIONS-01"))
            .findFirst()
            .orElseThrow();
    assertThat(hot.location()).endsWith("conditions/thresholds.drl.xlsx, table Thresholds, row 10");

    rows.get(9).set(3, "temprature-c");
    writeXlsx(rows, xlsx);
    assertThat(problems(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .matches(
                        ".*/conditions/thresholds\\.drl\\.xlsx:10:4: error: unknown question 'temprature-c'.*\\[cell D10]"));
  }

  private static KnowledgeBase loaded(Path kbase) {
    try {
      return KnowledgeBaseLoader.load(kbase);
    } catch (KbaseException e) {
      throw new AssertionError("does not load: " + e.problems(), e);
    }
  }

  private static List<String> problems(Path kbase) {
    Throwable thrown = catchThrowable(() -> KnowledgeBaseLoader.load(kbase));
    assertThat(thrown).isInstanceOf(KbaseException.class);
    return ((KbaseException) thrown).problems().stream().map(KbaseProblem::toString).toList();
  }

  /** The rows of a CSV whose every cell is quoted, as the shipped table is written. */
  private static List<List<String>> csvRows(String text) {
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

  private static void writeXlsx(List<List<String>> rows, Path file) throws IOException {
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
