package dev.heavylegs.questions;

/**
 * An answer the catalogue does not allow. The message is one line meant for the runner, such as
 * {@code answers.json: temperature-c: 400 is outside -30..50 °C}.
 */
public final class InvalidAnswerException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidAnswerException(String message) {
    super(message);
  }

  public InvalidAnswerException(String message, Throwable cause) {
    super(message, cause);
  }
}
