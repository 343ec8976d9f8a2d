package dev.heavylegs.report.write;

/**
 * ANSI marks for the text report on a terminal: red flags in bold red, headings in bold. Without
 * colour every mark is empty, so piped output carries no escape codes at all.
 */
final class TextStyle {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String BOLD_RED = "\u001b[1;31m";

  private final boolean colour;

  TextStyle(boolean colour) {
    this.colour = colour;
  }

  String alarm(String line) {
    return mark(BOLD_RED, line);
  }

  String heading(String line) {
    return mark(BOLD, line);
  }

  private String mark(String code, String line) {
    return colour && !line.isEmpty() ? code + line + RESET : line;
  }
}
