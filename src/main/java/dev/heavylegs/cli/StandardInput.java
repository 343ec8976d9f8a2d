package dev.heavylegs.cli;

import java.io.InputStream;

/**
 * Standard input, and whether a person is typing at it (a terminal) or a script is feeding it.
 *
 * @param stream the input, read line by line when it is not a terminal
 * @param isTerminal true when stdin is a terminal: interactive runs then get line editing
 */
public record StandardInput(InputStream stream, boolean isTerminal) {

  /**
   * The process's stdin; the launcher says whether it is a terminal ({@code
   * -Dheavylegs.stdin.tty}).
   */
  public static StandardInput ofProcess() {
    String told = System.getProperty("heavylegs.stdin.tty");
    boolean terminal = told != null ? Boolean.parseBoolean(told) : System.console() != null;
    return new StandardInput(System.in, terminal);
  }
}
