package dev.heavylegs.kbase.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.heavylegs.PlacedFile;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.XlsxTable;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.facts.Condition;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thresholds in a spreadsheet: loaded, checked and explained like DRL, pointing at cells. */
class DecisionTableTest {

  @TempDir Path tmp;

  /** The row of the shipped table that holds the rule of hot conditions. */
  private static int hotRow() {
    return ShippedKbase.lineOf("conditions/thresholds.drl.csv", "\"COND-HOT-CONDITIONS-01\"");
  }

  @Test
  void theShippedThresholdsTableGivesRulesAtTheirRows() {
    RuleInfo hot =
        ShippedKbase.get().rules().all().stream()
            .filter(r -> r.id().equals("COND-HOT-CONDITIONS-01"))
            .findFirst()
            .orElseThrow();

    assertThat(hot.file()).isEqualTo("kbase/conditions/thresholds.drl.csv");
    assertThat(hot.table()).isEqualTo("Thresholds");
    assertThat(hot.line()).isEqualTo(hotRow());
    assertThat(hot.location())
        .isEqualTo("kbase/conditions/thresholds.drl.csv, table Thresholds, row " + hotRow());
    assertThat(hot.source()).startsWith("source-article: Hot Weather");
  }

  @Test
  void aThresholdChangedInTheTableChangesTheConclusionWithNoOtherEdit() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    ShippedKbase.retune(kbase, "temperature-c", "25", "20");

    var inference =
        Consultation.run(
            KnowledgeBaseLoader.load(kbase), TestAnswers.of("{\"temperature-c\": 22}"));

    assertThat(inference.all()).containsKey(new Condition("hot-conditions"));
  }

  @Test
  void problemsInATableNameTheRowAndTheCell() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    PlacedFile table = PlacedFile.put(kbase, "broken/conditions/misspelt-cells.drl.csv");

    List<String> problems = problems(kbase);

    assertThat(problems)
        .contains(
            table.at(
                "10:4: error: unknown question 'temprature-c' (did you mean temperature-c?) [cell D10]"));
    assertThat(problems)
        .contains(
            table.at(
                "11:5: error: 'far' is not a number: this column compares the answer with a number"
                    + " [cell E11]"))
        .noneMatch(p -> p.contains("number >= far"));
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(table.at("12:8: error: condition 'tight-shoe' has no wording"))
                    .endsWith(" [cell H12]"));
    assertThat(problems).noneMatch(p -> p.contains("generated"));
  }

  @Test
  void aNumberWithItsUnitOrADecimalCommaIsOneErrorAtItsOwnCellInPlainWords() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path table = kbase.resolve("conditions/thresholds.drl.csv");
    String text = Files.readString(table);
    Files.writeString(
        table,
        text.replace("\"shoe-distance-km\",\"640\"", "\"shoe-distance-km\",\"640km\"")
            .replace("\"toe-room-cm\",\"\",\"\",\"1.27\"", "\"toe-room-cm\",\"\",\"\",\"1,27\""));
    int shoes = ShippedKbase.lineOf("conditions/thresholds.drl.csv", "\"COND-WORN-OUT-SHOES-01\"");
    int toes = ShippedKbase.lineOf("conditions/thresholds.drl.csv", "\"COND-TIGHT-SHOES-02\"");

    List<String> expected =
        List.of(
            ":"
                + shoes
                + ":5: error: '640km' is not a number: write 640 alone (the unit is the"
                + " question's) [cell E"
                + shoes
                + "]",
            ":"
                + toes
                + ":7: error: '1,27' is not a number: write 1.27, with a point before the decimals"
                + " [cell G"
                + toes
                + "]");

    assertThat(problems(kbase))
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(e -> table + e).toList());

    // the same table saved by a spreadsheet program as .xlsx: the same messages at the same cells
    Path xlsx = XlsxTable.replaceThresholdsCsv(kbase);
    assertThat(problems(kbase))
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(e -> xlsx + e).toList());
  }

  @Test
  void aTableSavedWithSemicolonsIsOneErrorThatSaysSoWithoutFollowOns() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path table = kbase.resolve("conditions/thresholds.drl.csv");
    // every cell of the shipped table is quoted, so this is what a European-locale save gives
    Files.writeString(table, Files.readString(table).replace("\",\"", "\";\""));

    assertThat(problems(kbase))
        .containsExactly(
            table
                + ":1:1: error: the cells of this table are separated by ';' (as a spreadsheet"
                + " saves CSV in a European locale); Drools reads ',' only: save it as CSV with ','"
                + " between cells, or as .drl.xlsx");
  }

  @Test
  void anXlsxTableWorksLikeTheCsvOneAndItsProblemsNameTheCell() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path csv = kbase.resolve("conditions/thresholds.drl.csv");
    List<List<String>> rows = XlsxTable.rowsOf(Files.readString(csv));
    Files.delete(csv);
    Path xlsx = kbase.resolve("conditions/thresholds.drl.xlsx");
    XlsxTable.write(rows, xlsx);

    KnowledgeBase loaded = loaded(kbase);
    RuleInfo hot =
        loaded.rules().all().stream()
            .filter(r -> r.id().equals("COND-HOT-CONDITIONS-01"))
            .findFirst()
            .orElseThrow();
    assertThat(hot.location())
        .endsWith("conditions/thresholds.drl.xlsx, table Thresholds, row " + hotRow());

    List<String> hotCells = rows.get(hotRow() - 1);
    assertThat(hotCells.get(3))
        .as("test setup: column D holds the question")
        .isEqualTo("temperature-c");
    hotCells.set(3, "temprature-c");
    XlsxTable.write(rows, xlsx);
    assertThat(problems(kbase))
        .anySatisfy(
            p ->
                assertThat(p)
                    .matches(
                        ".*/conditions/thresholds\\.drl\\.xlsx:"
                            + hotRow()
                            + ":4: error: unknown question 'temprature-c'.*\\[cell D"
                            + hotRow()
                            + "]"));
  }

  @Test
  void aNoteTypedBesideARowIsOneErrorAtItsCellInTheCsvAndTheXlsxTable() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path csv = kbase.resolve("conditions/thresholds.drl.csv");
    String hotLine = ShippedKbase.lines("conditions/thresholds.drl.csv").get(hotRow() - 1);
    ShippedKbase.edit(csv, hotLine, hotLine + ",\"check with Dr Lee\"");
    String expected =
        "conditions/thresholds.drl%s:"
            + hotRow()
            + ":9: error: 'check with Dr Lee' is in a column with no header (the table's columns"
            + " end at H): delete it, or move it into the table [cell I"
            + hotRow()
            + "]";

    assertThat(problems(kbase)).singleElement().asString().endsWith(expected.formatted(".csv"));

    XlsxTable.replaceThresholdsCsv(kbase);
    assertThat(problems(kbase)).singleElement().asString().endsWith(expected.formatted(".xlsx"));
  }

  @Test
  void aRuleTableOnASecondSheetIsOneErrorInsteadOfRulesMissingWithoutAWord() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path xlsx = XlsxTable.replaceThresholdsCsv(kbase);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      book.createSheet("Cold").createRow(4).createCell(1).setCellValue("RuleTable Cold");
      try (var out = Files.newOutputStream(xlsx)) {
        book.write(out);
      }
    }

    assertThat(problems(kbase))
        .singleElement()
        .asString()
        .endsWith(
            "conditions/thresholds.drl.xlsx:5:2: error: the rule table on sheet 'Cold' is not"
                + " read: Drools reads the first sheet of a workbook only; move the table to the"
                + " first sheet, or into a .drl.xlsx file of its own [cell Cold!B5]");
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
}
