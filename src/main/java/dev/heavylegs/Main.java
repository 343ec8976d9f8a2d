package dev.heavylegs;

import dev.heavylegs.cli.Cli;
import dev.heavylegs.cli.StandardInput;

/** Entry point of the {@code heavylegs} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.runProgram(args, StandardInput.ofProcess(), System.out, System.err));
  }
}
