package dev.heavylegs.scenarios;

/** A scenario file that cannot be read; the message is a {@code path:line:col: error:} line. */
public final class ScenarioFileException extends Exception {

  private static final long serialVersionUID = 1L;

  public ScenarioFileException(String message) {
    super(message);
  }
}
