package dev.heavylegs.cli;

/**
 * An option's value that cannot be used, found when the command runs (picocli checks only its
 * form): the message is the one line to show, naming the option and the value.
 */
final class BadOptionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadOptionException(String message) {
    super(message);
  }
}
