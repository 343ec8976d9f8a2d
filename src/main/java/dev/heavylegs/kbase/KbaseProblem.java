package dev.heavylegs.kbase;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;

/**
 * One problem in a knowledge-base file.
 *
 * @param path the file as the user knows it, e.g. {@code kbase/causes/hot-weather.drl}
 * @param line 1-based line, or 0 when the problem is about the whole file
 * @param column 1-based column, or 0 when unknown
 * @param severity error or warning
 * @param message what is wrong, in plain words
 */
public record KbaseProblem(String path, int line, int column, Severity severity, String message)
    implements Serializable {

  /** Errors stop the knowledge base from being used; warnings do not. */
  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Orders problems by file, then position. */
  public static final Comparator<KbaseProblem> BY_POSITION =
      Comparator.comparing(KbaseProblem::path)
          .thenComparingInt(KbaseProblem::line)
          .thenComparingInt(KbaseProblem::column);

  public static KbaseProblem error(String path, int line, int column, String message) {
    return new KbaseProblem(path, line, column, Severity.ERROR, message);
  }

  public static KbaseProblem warning(String path, int line, int column, String message) {
    return new KbaseProblem(path, line, column, Severity.WARNING, message);
  }

  /** {@code path:line:col: error: message}, the form editors and compilers use. */
  @Override
  public String toString() {
    String where = line > 0 ? path + ":" + line + ":" + Math.max(column, 1) : path;
    return where + ": " + severity.label() + ": " + message;
  }
}
