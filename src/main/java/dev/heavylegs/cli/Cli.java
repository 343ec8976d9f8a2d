package dev.heavylegs.cli;

import dev.heavylegs.engine.RunawayRulesException;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.questions.InvalidAnswerException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** Builds the command line and maps every failure to its exit code and a one-line message. */
public final class Cli {

  private Cli() {}

  /** Runs {@code heavylegs args}, printing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, StandardInput in, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean verbose = Arrays.asList(args).contains("--verbose");
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      @SuppressWarnings("unchecked")
      public <K> K create(Class<K> type) throws Exception {
        if (type == ConsultCommand.class) {
          return (K) new ConsultCommand(in);
        }
        if (type == BatchCommand.class) {
          return (K) new BatchCommand(in, out);
        }
        return defaults.create(type);
      }
    };
    CommandLine commandLine = new CommandLine(new HeavylegsCommand(), factory)
        .setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, errWriter, verbose));
    int code = commandLine.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  private static int failure(Exception e, PrintWriter err, boolean verbose) {
    int code;
    if (e instanceof InvalidAnswerException) {
      err.println(e.getMessage());
      code = ExitCode.BAD_INPUT;
    } else if (e instanceof KbaseException kbase) {
      kbase.problems().forEach(p -> err.println(p));
      long errors = kbase.problems().stream()
          .filter(p -> p.severity() == KbaseProblem.Severity.ERROR).count();
      err.println("heavylegs: the knowledge base has " + errors + " error(s); no consultation was run");
      code = ExitCode.BAD_KNOWLEDGE_BASE;
    } else if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
      err.println("heavylegs: " + e.getMessage());
      code = ExitCode.BAD_INPUT;
    } else if (e instanceof RunawayRulesException) {
      err.println("heavylegs: " + e.getMessage());
      code = ExitCode.BAD_KNOWLEDGE_BASE;
    } else {
      err.println("heavylegs: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
      code = ExitCode.INTERNAL_ERROR;
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    return code;
  }
}
