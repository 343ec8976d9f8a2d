package dev.heavylegs.report.write;

/**
 * How to lay out the text report. The caller decides these from the terminal and the environment;
 * the report itself never looks at either.
 *
 * @param width the widest a line may be, in columns
 * @param colour whether to mark headings and red flags with ANSI colours
 * @param explain whether to show the rules, files and full derivation trees behind each conclusion
 */
public record TextReportOptions(int width, boolean colour, boolean explain) {

  /** The width when the terminal's is unknown. */
  public static final int DEFAULT_WIDTH = 80;

  /** The narrowest width the report is laid out for; anything narrower is taken as this. */
  public static final int MIN_WIDTH = 40;

  /** Plain text at the default width, without the rules: for pipes, files and tests. */
  public static final TextReportOptions PLAIN = new TextReportOptions(DEFAULT_WIDTH, false, false);

  public TextReportOptions {
    width = Math.max(width, MIN_WIDTH);
  }
}
