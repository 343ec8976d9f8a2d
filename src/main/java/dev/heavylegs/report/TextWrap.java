package dev.heavylegs.report;

import java.util.ArrayList;
import java.util.List;

/** Wraps prose to a width, for the text report. */
public final class TextWrap {

  public static final int WIDTH = 100;

  private TextWrap() {}

  /** {@code text} broken into lines no longer than {@code width} where spaces allow. */
  public static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
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
