package dev.heavylegs.cli;

import dev.heavylegs.batch.BatchOutput;
import dev.heavylegs.batch.BatchRunner;
import dev.heavylegs.files.OutputFile;
import dev.heavylegs.kbase.KnowledgeBase;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code heavylegs batch}: screens many runners at once, JSON Lines in and out. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Screens many runners at once, JSON Lines in and out.",
    description = {
      "Screens many runners: one JSON object of answers a line in (an optional \"id\" is echoed",
      "back), one JSON line out for each, in the same order: causes with strength, conditions,",
      "recommendation ids, referrals with urgency, whether the red-flag questions were answered,",
      "and the explanations (unless --no-explain). A malformed line gives",
      "{\"id\": ..., \"line\": N, \"error\": \"...\"} and the batch goes on. Ends with a summary",
      "on stderr."
    })
final class BatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--in",
      paramLabel = "FILE",
      defaultValue = "-",
      description = "Input, or - for stdin (default). Only \\n (or \\r\\n) ends a line.")
  String in;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "-",
      description =
          "Output, or - for stdout (default). A FILE is written whole or not at all, new ones private"
              + " (0600); an existing one is replaced only when an earlier batch wrote it (or with --force).")
  String out;

  @Option(
      names = "--force",
      description =
          "Let --out replace FILE even when no batch wrote it"
              + " (a regular file, never a folder, device or pipe).")
  boolean force;

  @Option(names = "--no-explain", description = "Leave the explanations out (smaller, faster).")
  boolean noExplain;

  @Option(
      names = "--summary",
      description = "Write only how often each cause, condition and referral came out.")
  boolean summary;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Lines evaluated at once, 1 to " + BatchRunner.MAX_THREADS + " (default: one per core).")
  Integer threads;

  @Option(
      names = "--max-line-bytes",
      paramLabel = "N",
      defaultValue = "" + BatchRunner.DEFAULT_MAX_LINE_BYTES,
      description =
          "The longest line read (default: ${DEFAULT-VALUE}); a longer one gives an error record.")
  int maxLineBytes;

  /** The largest --max-line-bytes: a line is held whole in memory while it is read. */
  private static final int MAX_LINE_LIMIT = 1 << 30;

  @Mixin KbaseOption kbase;

  private final StandardInput input;
  private final OutputStream stdout;
  private final KnowledgeBaseSource knowledgeBases;

  BatchCommand(StandardInput input, OutputStream stdout, KnowledgeBaseSource knowledgeBases) {
    this.input = input;
    this.stdout = stdout;
    this.knowledgeBases = knowledgeBases;
  }

  @Override
  public Integer call() throws Exception {
    int workers =
        threads != null
            ? inRange("--threads", threads, BatchRunner.MAX_THREADS)
            : Math.min(Runtime.getRuntime().availableProcessors(), BatchRunner.MAX_THREADS);
    inRange("--max-line-bytes", maxLineBytes, MAX_LINE_LIMIT);
    // Whether the output may be written is known before the knowledge base or any line is read.
    OutputFile target =
        out.equals("-")
            ? null
            : new OutputFile(Path.of(out), "write", "the output of a batch", BatchOutput::wroteIt);
    if (target != null) {
      target.checkReplaceable(force);
    }
    PrintWriter err = spec.commandLine().getErr();
    try (InputStream source = open(in)) {
      KnowledgeBase knowledgeBase = knowledgeBases.get(kbase.directory());
      BatchRunner runner =
          new BatchRunner(
              knowledgeBase, new BatchRunner.Options(workers, !noExplain, summary, maxLineBytes));
      BatchRunner.Result result = run(runner, source, target, err);
      err.print(
          String.format(
              Locale.ROOT,
              "batch: %d profiles, %d errors, %.2f s, %,.0f profiles/s%n",
              result.profiles(),
              result.errors(),
              result.nanos() / 1e9,
              result.rate()));
      return ExitCode.OK;
    } catch (Error e) {
      // Out of memory, say, in any of the batch's threads: they are stopped, no file was written,
      // and the process ends instead of going on in an unknown state.
      err.println(
          "heavylegs: the batch stopped on a fatal error: "
              + String.join(" ", String.valueOf(e).lines().toList())
              + (target == null ? "" : "; " + target.path() + " was not written"));
      return ExitCode.INTERNAL_ERROR;
    }
  }

  private BatchRunner.Result run(
      BatchRunner runner, InputStream source, OutputFile target, PrintWriter err)
      throws IOException {
    boolean showProgress = Boolean.getBoolean("heavylegs.stderr.tty");
    long started = System.nanoTime();
    LongConsumer progress =
        done -> {
          if (showProgress) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.print(
                String.format(
                    Locale.ROOT, "\r%,d profiles, %,.0f profiles/s...", done, done / seconds));
            err.flush();
          }
        };
    BatchRunner.Result result;
    if (target == null) {
      result = runner.run(source, new StandardOutput(stdout), progress);
    } else {
      // Written beside its final name and renamed when the batch is through, so a batch that stops
      // half-way (an error, SIGTERM, Ctrl-C) leaves no half-written file and an earlier one as it
      // was.
      try (OutputFile.Replacement replacement = target.replace()) {
        result = runner.run(source, replacement.stream(), progress);
        replacement.commit();
      }
    }
    if (showProgress) {
      err.print("\r\033[K"); // clears the progress line
    }
    return result;
  }

  private int inRange(String option, int value, int max) {
    if (value < 1 || value > max) {
      throw new ParameterException(
          spec.commandLine(), option + ": " + value + " is not between 1 and " + max);
    }
    return value;
  }

  /**
   * Standard output for the records, in whole blocks. A {@link java.io.PrintStream} hides write
   * errors; here a closed pipe ({@code batch | head}) stops the batch instead of letting it write
   * every remaining record into the void.
   */
  private static final class StandardOutput extends OutputStream {

    private final OutputStream stdout;

    StandardOutput(OutputStream stdout) {
      this.stdout = stdout;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      stdout.write(bytes, offset, length);
      failIfClosed();
    }

    @Override
    public void flush() throws IOException {
      stdout.flush();
      failIfClosed();
    }

    @Override
    public void close() throws IOException {
      flush(); // standard output itself stays open
    }

    private void failIfClosed() throws IOException {
      if (stdout instanceof PrintStream print && print.checkError()) {
        throw new IOException("standard output was closed");
      }
    }
  }

  private InputStream open(String name) throws IOException {
    if (name.equals("-")) {
      return input.stream();
    }
    Path file = Path.of(name);
    // A device or a pipe is read as the stream of bytes it is (/dev/stdin, a FIFO, even /dev/zero,
    // whose endless line is skipped in bounded memory, as wc -l would count it forever); a folder
    // holds no lines.
    if (Files.isDirectory(file)) {
      throw new FileNotFoundException(name + ": is a folder, not a file of JSON lines");
    }
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new FileNotFoundException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new FileNotFoundException(name + ": permission denied");
    }
  }
}
