package dev.heavylegs.bench;

import dev.heavylegs.cli.Cli;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The same batch run several times in one JVM, to see what a warm JVM (a resident batch server,
 * say) would gain over a fresh process: the first run pays start-up and JIT warm-up, the later ones
 * do not.
 *
 * <pre>
 * java [launcher batch flags] -Dheavylegs.home=. -cp ... dev.heavylegs.bench.WarmBatch RUNS PROFILES.jsonl [--no-explain]
 * </pre>
 *
 * Runs {@code heavylegs batch} through {@link Cli} as the program does, output to a scratch file;
 * prints the wall time of each run (batch's own summary line goes to stderr as usual).
 */
public final class WarmBatch {

  private WarmBatch() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    String profiles = args[1];
    boolean explain = !(args.length > 2 && args[2].equals("--no-explain"));
    Path out = Files.createTempFile("heavylegs-warm-batch", ".jsonl");
    try {
      for (int run = 1; run <= runs; run++) {
        String[] command =
            explain
                ? new String[] {"batch", "--in", profiles, "--out", out.toString()}
                : new String[] {"batch", "--no-explain", "--in", profiles, "--out", out.toString()};
        long start = System.nanoTime();
        int code = Cli.runProgram(command, null, new PrintStream(System.out, true), System.err);
        System.out.printf(
            Locale.ROOT,
            "run %d: %.2f s (exit %d)%n",
            run,
            (System.nanoTime() - start) / 1e9,
            code);
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
