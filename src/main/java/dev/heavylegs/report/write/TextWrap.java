package dev.heavylegs.report.write;

import java.util.ArrayList;
import java.util.List;

/** Wraps prose to a width, for the text report. */
public final class TextWrap {

  /** The width of prose at the interview's prompt. */
  public static final int WIDTH = 100;

  private TextWrap() {}

  /** {@code text} broken into lines no longer than {@code width} where spaces allow. */
  public static List<String> lines(String text, int width) {
    return lines(text, width, width);
  }

  /**
   * {@code text} broken into lines, the first no longer than {@code firstWidth} and the others no
   * longer than {@code restWidth}. A word too long for a line is cut, so no line is ever wider.
   */
  public static List<String> lines(String text, int firstWidth, int restWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      int width = Math.max(1, lines.isEmpty() ? firstWidth : restWidth);
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
        width = Math.max(1, restWidth);
      }
      while (line.length() == 0 && word.length() > width) {
        lines.add(word.substring(0, width));
        word = word.substring(width);
        width = Math.max(1, restWidth);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
