package dev.heavylegs.kbase.read;

import java.nio.file.Path;

/**
 * Turns paths inside the knowledge base into the form users see in messages: relative to the
 * working directory when the kbase is below it ({@code kbase/causes/beginner.drl}), else absolute.
 */
public final class KbasePaths {

  private final String shownRoot;

  public KbasePaths(Path kbaseDir) {
    Path absolute = kbaseDir.toAbsolutePath().normalize();
    Path workingDir = Path.of("").toAbsolutePath();
    Path shown = absolute.startsWith(workingDir) ? workingDir.relativize(absolute) : absolute;
    String text = slashed(shown);
    this.shownRoot = text.isEmpty() ? "." : text;
  }

  /** The kbase folder as shown to users. */
  public String root() {
    return shownRoot;
  }

  /** How a file at {@code relative} inside the kbase is shown to users. */
  public String shown(Path relative) {
    return shown(slashed(relative));
  }

  /** How a file at {@code relative} (with forward slashes) inside the kbase is shown to users. */
  public String shown(String relative) {
    return shownRoot.equals(".") ? relative : shownRoot + "/" + relative;
  }

  static String slashed(Path path) {
    return path.toString().replace('\\', '/');
  }
}
