package dev.heavylegs;

import dev.heavylegs.cli.Cli;

/** Entry point of the {@code heavylegs} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args, System.out, System.err));
  }
}
