package dev.heavylegs.questions;

import dev.heavylegs.questions.file.AnswersReader;
import java.nio.file.Path;

/**
 * Reads the answers file named by its argument and prints the one-line error, or {@code read}: for
 * a test that reads a file as another user.
 */
final class ReadAnswersFile {

  private ReadAnswersFile() {}

  public static void main(String[] args) {
    try {
      AnswersReader.text(Path.of(args[0]));
      System.out.println("read");
    } catch (InvalidAnswerException e) {
      System.out.println(e.getMessage());
    }
  }
}
