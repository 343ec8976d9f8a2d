package dev.heavylegs.cli;

import dev.heavylegs.engine.RunawayRulesException;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.scenarios.ScenarioFileException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Builds the command line and maps every failure to its exit code and a one-line message. */
public final class Cli {

  private Cli() {}

  /**
   * Runs {@code heavylegs args}, printing to {@code out} and {@code err}; returns the exit code.
   */
  public static int run(String[] args, StandardInput in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, KnowledgeBaseSource.onDemand());
  }

  /**
   * Runs {@code heavylegs args} as the program does: a consultation or a batch starts loading its
   * knowledge base before anything else.
   */
  public static int runProgram(String[] args, StandardInput in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, earlyLoad(args));
  }

  private static int run(
      String[] args,
      StandardInput in,
      PrintStream out,
      PrintStream err,
      KnowledgeBaseSource knowledgeBases) {
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean verbose = Arrays.asList(args).contains("--verbose");
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          @SuppressWarnings("unchecked")
          public <K> K create(Class<K> type) throws Exception {
            if (type == ConsultCommand.class) {
              return (K) new ConsultCommand(in, knowledgeBases);
            }
            if (type == BatchCommand.class) {
              return (K) new BatchCommand(in, out, knowledgeBases);
            }
            return defaults.create(type);
          }
        };
    CommandLine commandLine =
        new CommandLine(new HeavylegsCommand(), factory)
            .setOut(outWriter)
            .setErr(errWriter)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setParameterExceptionHandler((e, arguments) -> badCommandLine(e, errWriter))
            .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, errWriter, verbose));
    int code = commandLine.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** For {@code consult} and {@code batch}, the kbase folder they will use, loading already. */
  private static KnowledgeBaseSource earlyLoad(String[] args) {
    List<String> words = Arrays.asList(args);
    if (words.isEmpty()
        || !List.of("consult", "batch").contains(words.get(0))
        || words.contains("--help")
        || words.contains("-h")) {
      return KnowledgeBaseSource.onDemand();
    }
    int option = words.indexOf("--kbase");
    String explicit =
        option >= 0 && option + 1 < words.size()
            ? words.get(option + 1)
            : words.stream()
                .filter(w -> w.startsWith("--kbase="))
                .map(w -> w.substring(8))
                .findFirst()
                .orElse(null);
    return KnowledgeBaseSource.startingWith(
        explicit != null ? Path.of(explicit) : KbaseOption.defaultDirectory());
  }

  /**
   * A mistyped command or option: one line saying what is wrong and where the usage is, not the
   * whole usage (which buries the message).
   */
  private static int badCommandLine(CommandLine.ParameterException e, PrintWriter err) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    String hint =
        e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()
            ? " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)"
            : "";
    err.println(
        command
            + ": "
            + String.join(" ", e.getMessage().lines().toList())
            + hint
            + "; see "
            + command
            + " --help");
    return ExitCode.BAD_INPUT;
  }

  // package-private for CliTest: some failures (rules that loop) cannot be reached past the checks
  static int failure(Exception e, PrintWriter err, boolean verbose) {
    int code;
    if (e instanceof InvalidAnswerException || e instanceof BadOptionException) {
      err.println(e.getMessage());
      code = ExitCode.BAD_INPUT;
    } else if (e instanceof KbaseException kbase) {
      kbase.problems().forEach(p -> err.println(p));
      long errors =
          kbase.problems().stream()
              .filter(p -> p.severity() == KbaseProblem.Severity.ERROR)
              .count();
      err.println(
          "heavylegs: the knowledge base has " + errors + " error(s); no consultation was run");
      code = ExitCode.BAD_KNOWLEDGE_BASE;
    } else if (e instanceof UncheckedIOException || e instanceof IOException) {
      err.println("heavylegs: " + e.getMessage());
      code = ExitCode.BAD_INPUT;
    } else if (e instanceof ScenarioFileException) {
      err.println(e.getMessage());
      code = ExitCode.BAD_KNOWLEDGE_BASE;
    } else if (e instanceof RunawayRulesException) {
      err.println("heavylegs: " + e.getMessage());
      code = ExitCode.BAD_KNOWLEDGE_BASE;
    } else {
      err.println(
          "heavylegs: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
      code = ExitCode.INTERNAL_ERROR;
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    return code;
  }
}
