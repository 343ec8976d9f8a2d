package dev.heavylegs.cli;

import dev.heavylegs.report.write.TextReportOptions;
import java.util.Optional;

/**
 * Decides how the text report is laid out from where it goes: colour only on a terminal and never
 * when {@code NO_COLOR} is set (any non-empty value, as no-color.org asks), the terminal's width
 * when known ({@link TextReportOptions#DEFAULT_WIDTH} when not), unless {@code --width} says
 * otherwise. The launcher tells whether stdout and stderr are terminals and the terminal's width
 * ({@code -Dheavylegs.stdout.tty}, {@code -Dheavylegs.stderr.tty}, {@code -Dheavylegs.columns});
 * Java alone cannot tell.
 */
final class ReportLayout {

  private ReportLayout() {}

  /**
   * The options for a report on stdout (or on stderr when {@code toStderr}), as this process was
   * started.
   */
  static TextReportOptions forProcess(Integer width, boolean explain, boolean toStderr) {
    boolean terminal =
        Boolean.getBoolean(toStderr ? "heavylegs.stderr.tty" : "heavylegs.stdout.tty");
    String columns =
        Optional.ofNullable(System.getProperty("heavylegs.columns"))
            .orElse(System.getenv("COLUMNS"));
    return decide(width, explain, terminal, System.getenv("NO_COLOR"), columns);
  }

  /**
   * @param width the {@code --width} given, or null
   * @param terminal whether the report goes to a terminal
   * @param noColour the value of {@code NO_COLOR}, or null
   * @param columns the terminal's width as the launcher or the shell told it, or null
   */
  static TextReportOptions decide(
      Integer width, boolean explain, boolean terminal, String noColour, String columns) {
    boolean colour = terminal && (noColour == null || noColour.isEmpty());
    int shownWidth =
        width != null ? width : terminal ? parsed(columns) : TextReportOptions.DEFAULT_WIDTH;
    return new TextReportOptions(shownWidth, colour, explain);
  }

  private static int parsed(String columns) {
    try {
      int value = columns == null ? 0 : Integer.parseInt(columns.strip());
      return value > 0 ? value : TextReportOptions.DEFAULT_WIDTH;
    } catch (NumberFormatException e) {
      return TextReportOptions.DEFAULT_WIDTH;
    }
  }
}
