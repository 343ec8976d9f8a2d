package dev.heavylegs.cli;

import dev.heavylegs.batch.BatchRunner;
import dev.heavylegs.kbase.KnowledgeBase;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Spec
  CommandSpec spec;

  @Option(names = "--in", paramLabel = "FILE", defaultValue = "-", description = "Input, or - for stdin (default).")
  String in;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "-", description = "Output, or - for stdout (default).")
  String out;

  @Option(names = "--no-explain", description = "Leave the explanations out (smaller, faster).")
  boolean noExplain;

  @Option(names = "--summary", description = "Write only how often each cause, condition and referral came out.")
  boolean summary;

  @Option(names = "--threads", paramLabel = "N", description = "Lines evaluated at once (default: one per core).")
  Integer threads;

  @Mixin
  KbaseOption kbase;

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
    KnowledgeBase knowledgeBase = knowledgeBases.get(kbase.directory());
    PrintWriter err = spec.commandLine().getErr();
    int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    BatchRunner runner = new BatchRunner(knowledgeBase, new BatchRunner.Options(workers, !noExplain, summary));
    boolean showProgress = Boolean.getBoolean("heavylegs.stderr.tty");
    BatchRunner.Result result;
    try (InputStream source = open(in)) {
      // A file is written beside its final name and renamed when the batch is through, so a
      // batch that stops half-way leaves no half-written file (and an earlier one untouched).
      Path target = out.equals("-") ? null : Path.of(out);
      Path partial = target == null ? null : target.toAbsolutePath().resolveSibling(
          "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
      try (OutputStream sink = partial == null ? new StandardOutput(stdout) : created(partial, target)) {
        long started = System.nanoTime();
        result = runner.run(source, sink, done -> {
          if (showProgress) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("\r%,d profiles, %,.0f profiles/s...", done, done / seconds);
            err.flush();
          }
        });
      } catch (Exception | Error e) {
        if (partial != null) {
          Files.deleteIfExists(partial);
        }
        throw e;
      }
      if (partial != null) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    if (showProgress) {
      err.print("\r\033[K"); // clears the progress line
    }
    err.printf("batch: %d profiles, %d errors, %.2f s, %,.0f profiles/s%n", result.profiles(), result.errors(),
        result.nanos() / 1e9, result.rate());
    return ExitCode.OK;
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
      if (stdout instanceof java.io.PrintStream print && print.checkError()) {
        throw new IOException("standard output was closed");
      }
    }
  }

  private static OutputStream created(Path partial, Path target) throws IOException {
    try {
      return Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      throw new FileNotFoundException(target + ": no such folder");
    }
  }

  private InputStream open(String name) throws IOException {
    if (name.equals("-")) {
      return input.stream();
    }
    try {
      return Files.newInputStream(Path.of(name));
    } catch (NoSuchFileException e) {
      throw new FileNotFoundException(name + ": no such file");
    }
  }

}
