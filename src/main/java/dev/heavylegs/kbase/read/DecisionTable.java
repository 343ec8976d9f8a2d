package dev.heavylegs.kbase.read;

import dev.heavylegs.kbase.KbaseProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

/**
 * A spreadsheet decision table ({@code *.drl.csv}, {@code *.drl.xlsx}, {@code *.drl.xls}): the DRL
 * Drools generates from it, and for each generated line the sheet row and cell it came from, so
 * that every message and explanation points at the spreadsheet, never at generated code.
 */
public final class DecisionTable {

  /** One non-empty cell; row and column count from 1, as a spreadsheet shows them. */
  public record Cell(String sheet, int row, int column, String value) {
    /** {@code E10}, or {@code Sheet1!E10} when the workbook has several sheets. */
    String reference(boolean withSheet) {
      return (withSheet ? sheet + "!" : "") + columnLetters(column) + row;
    }
  }

  private static final Pattern RULE_VALUES =
      Pattern.compile("^// rule values at ([A-Z]+)(\\d+), header at ([A-Z]+)(\\d+)");

  private final String shown;
  private final String drl;
  private final List<Cell> cells;
  private final boolean severalSheets;

  /** Generated line of each "rule values at" comment -> the sheet row of that rule. */
  private final TreeMap<Integer, Integer> rowByLine = new TreeMap<>();

  /** Sheet row of each rule -> the name of its rule table. */
  private final Map<Integer, String> tableByRow = new TreeMap<>();

  /** Cells of number columns that hold no number, each already reported. */
  private final List<KbaseProblem> numberMistakes;

  private DecisionTable(
      String shown, String drl, List<Cell> cells, List<KbaseProblem> numberMistakes) {
    this.numberMistakes = List.copyOf(numberMistakes);
    this.shown = shown;
    this.drl = drl;
    this.cells = cells;
    this.severalSheets = severalSheets(cells);
    String[] lines = drl.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = RULE_VALUES.matcher(lines[i].trim());
      if (m.find()) {
        int row = Integer.parseInt(m.group(2));
        rowByLine.put(i + 1, row);
        tableByRow.put(row, tableName(Integer.parseInt(m.group(4))));
      }
    }
  }

  /** True for the file names Drools reads as decision tables. */
  public static boolean isDecisionTable(Path relative) {
    String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls");
  }

  /**
   * The table at {@code relative} in {@code snapshot}; empty, with the problem in {@code out}, when
   * it cannot be read.
   */
  static Optional<DecisionTable> read(
      KbaseSnapshot snapshot, Path relative, String shown, List<KbaseProblem> out) {
    boolean csv = relative.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    try {
      if (csv && separatedBySemicolons(snapshot, relative)) {
        out.add(
            KbaseProblem.error(
                shown,
                1,
                1,
                "the cells of this table are separated by ';' (as a spreadsheet saves CSV in a"
                    + " European locale); Drools reads ',' only: save it as CSV with ',' between"
                    + " cells, or as .drl.xlsx"));
        return Optional.empty();
      }
      if (!csv) {
        List<KbaseProblem> unread;
        try (InputStream in = snapshot.open(relative)) {
          unread = LaterSheets.tables(in, shown);
        }
        if (!unread.isEmpty()) {
          out.addAll(unread);
          return Optional.empty();
        }
      }
      List<Cell> cells = new ArrayList<>();
      CellCollector collector = new CellCollector(cells);
      try (InputStream in = snapshot.open(relative)) {
        if (csv) {
          new CsvParser(collector, new CsvLineParser()).parseFile(in);
        } else {
          new ExcelParser(collector).parseFile(in);
        }
      }
      List<KbaseProblem> headerless = HeaderlessCells.mistakes(cells, shown, severalSheets(cells));
      if (!headerless.isEmpty()) {
        out.addAll(headerless); // Drools would refuse the whole table for the first of them
        return Optional.empty();
      }
      List<KbaseProblem> numbers = NumericCells.mistakes(cells, shown, severalSheets(cells));
      out.addAll(numbers);
      String drl;
      try (InputStream in = snapshot.open(relative)) {
        drl = new SpreadsheetCompiler().compile(in, csv ? InputType.CSV : InputType.XLS);
      }
      return Optional.of(new DecisionTable(shown, drl, cells, numbers));
    } catch (IOException | RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      out.add(
          KbaseProblem.error(
              shown,
              1,
              1,
              "cannot read this decision table: " + reason.lines().findFirst().orElse("")));
      return Optional.empty();
    }
  }

  public String shown() {
    return shown;
  }

  private static boolean severalSheets(List<Cell> cells) {
    return cells.stream().map(Cell::sheet).distinct().count() > 1;
  }

  /** True when the first line with content separates its cells by ';' and not by ','. */
  private static boolean separatedBySemicolons(KbaseSnapshot snapshot, Path relative)
      throws IOException {
    String first = snapshot.text(relative).lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (char c : first.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return semicolons > 0 && commas == 0;
  }

  /**
   * True for a problem that only follows from a cell of a number column holding no number ({@code
   * 640km} makes the generated rule a syntax error, reported at another cell): in a row with such a
   * cell, everything but that cell's own error is held back.
   */
  public boolean isFollowOn(KbaseProblem problem) {
    return problem.path().equals(shown)
        && !numberMistakes.contains(problem)
        && numberMistakes.stream().anyMatch(m -> m.line() == problem.line());
  }

  /** The DRL Drools generates from the table. */
  String drl() {
    return drl;
  }

  /** The sheet row of the rule that generated line {@code line} belongs to, or 1. */
  public int rowOf(int line) {
    Map.Entry<Integer, Integer> entry = rowByLine.floorEntry(line);
    return entry == null ? 1 : entry.getValue();
  }

  /** The name of the rule table the rule on sheet row {@code row} belongs to. */
  public String tableOf(int row) {
    return tableByRow.getOrDefault(row, "");
  }

  /**
   * The cell a piece of generated text came from: in the rule's row, the cell whose value appears
   * in {@code text} (the longest, when several do).
   */
  public Optional<Cell> cellOf(int line, String text) {
    return cellIn(rowOf(line), text, "");
  }

  /**
   * The cell a piece of generated text came from, as the spreadsheet names it ({@code E12}, with
   * the sheet when there are several).
   */
  public Optional<String> cellReference(int line, String text) {
    return cellOf(line, text).map(c -> c.reference(severalSheets));
  }

  /**
   * The cell of {@code row} whose value appears in {@code text}, preferring one the message {@code
   * about} also names, then the longest.
   */
  private Optional<Cell> cellIn(int row, String text, String about) {
    return cells.stream()
        .filter(c -> c.row() == row && !c.value().isBlank() && text.contains(c.value().trim()))
        .max(
            Comparator.comparing((Cell c) -> about.contains(c.value().trim()))
                .thenComparingInt(c -> c.value().trim().length()));
  }

  /** A problem found at {@code line}:{@code column} of the generated DRL, moved to its cell. */
  KbaseProblem moved(KbaseProblem problem) {
    String[] lines = drl.split("\n", -1);
    String lineText =
        problem.line() >= 1 && problem.line() <= lines.length ? lines[problem.line() - 1] : "";
    int row = rowOf(problem.line());
    Optional<Cell> cell = cellIn(row, lineText, problem.message());
    String where =
        cell.map(c -> " [cell " + c.reference(severalSheets) + "]").orElse(" [row " + row + "]");
    return new KbaseProblem(
        shown,
        row,
        cell.map(Cell::column).orElse(1),
        problem.severity(),
        problem.message() + where);
  }

  /**
   * {@code problem}, already at a row and column of this table, with the cell named as a
   * spreadsheet shows it ({@code [cell E10]}, with the sheet when there are several).
   */
  public KbaseProblem withCell(KbaseProblem problem) {
    if (problem.message().endsWith("]")) {
      return problem;
    }
    // Point at the cell the message quotes ('temprature-c'); for a problem with the whole rule,
    // at any cell it names.
    Optional<Cell> quoted =
        cells.stream()
            .filter(
                c ->
                    c.row() == problem.line()
                        && (problem.message().contains("'" + c.value().trim() + "'")
                            || problem.message().contains("\"" + c.value().trim() + "\"")))
            .findFirst();
    int column = quoted.map(Cell::column).orElse(problem.column());
    if (quoted.isEmpty() && column <= 1) {
      column =
          cells.stream()
              .filter(
                  c -> c.row() == problem.line() && problem.message().contains(c.value().trim()))
              .max(Comparator.comparingInt(c -> c.value().trim().length()))
              .map(Cell::column)
              .orElse(1);
    }
    String sheet =
        severalSheets
            ? cells.stream()
                .filter(c -> c.row() == problem.line())
                .map(c -> c.sheet() + "!")
                .findFirst()
                .orElse("")
            : "";
    return new KbaseProblem(
        shown,
        problem.line(),
        column,
        problem.severity(),
        problem.message() + " [cell " + sheet + columnLetters(column) + problem.line() + "]");
  }

  private String tableName(int headerRow) {
    return cells.stream()
        .filter(c -> c.row() == headerRow && c.value().trim().startsWith("RuleTable"))
        .map(c -> c.value().trim().substring("RuleTable".length()).trim())
        .findFirst()
        .orElse("");
  }

  static String columnLetters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int n = column; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  /** Collects every non-empty cell the Drools parsers see. */
  private static final class CellCollector implements DataListener {
    private final List<Cell> cells;
    private String sheet = "";

    CellCollector(List<Cell> cells) {
      this.cells = cells;
    }

    @Override
    public void startSheet(String name) {
      sheet = name;
    }

    @Override
    public void finishSheet() {}

    @Override
    public void newRow(int row, int columns) {}

    @Override
    public void newCell(int row, int column, String value, int mergedColStart) {
      if (value != null && !value.isBlank()) {
        cells.add(new Cell(sheet, row + 1, column + 1, value));
      }
    }
  }
}
