package dev.heavylegs.batch;

import dev.heavylegs.kbase.KnowledgeBase;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Screens a stream of profiles, one JSON object a line ({@link LineReader}), into one output line
 * each, in the same order. Lines are evaluated on several threads, each with its own engine session
 * over the one shared knowledge base; a bounded window of lines in flight keeps memory flat
 * whatever the input size, and the output is written strictly in input order.
 */
public final class BatchRunner {

  /** Lines evaluated at once, at most: more threads than this only cost memory. */
  public static final int MAX_THREADS = 256;

  /** The longest line read by default; a longer one becomes an error record. */
  public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

  /**
   * How a batch runs.
   *
   * @param threads how many lines are evaluated at once, 1 to {@link #MAX_THREADS}
   * @param explain whether each record carries the explanations
   * @param summaryOnly whether to write only the tally at the end, not a line per profile
   * @param maxLineBytes the longest line read; a longer one becomes an error record, unread
   */
  public record Options(int threads, boolean explain, boolean summaryOnly, int maxLineBytes) {
    public Options {
      if (threads < 1 || threads > MAX_THREADS || maxLineBytes < 1) {
        throw new IllegalArgumentException(
            "threads " + threads + ", max line bytes " + maxLineBytes);
      }
    }

    /** With the default line limit. */
    public Options(int threads, boolean explain, boolean summaryOnly) {
      this(threads, explain, summaryOnly, DEFAULT_MAX_LINE_BYTES);
    }
  }

  /** What a batch did. */
  public record Result(long profiles, long errors, long nanos) {
    /** Profiles per second, start-up excluded. */
    public double rate() {
      return nanos == 0 ? 0 : profiles * 1e9 / nanos;
    }
  }

  private final KnowledgeBase knowledgeBase;
  private final Options options;

  public BatchRunner(KnowledgeBase knowledgeBase, Options options) {
    this.knowledgeBase = knowledgeBase;
    this.options = options;
  }

  /**
   * Reads {@code in} to its end and writes {@code out}.
   *
   * <p>An {@link Error} in any of the batch's threads (out of memory, a stack overflow) is thrown
   * from here as it is, after every thread of the batch was told to stop: it is fatal, and the
   * caller ends the process.
   *
   * @param progress told the number of lines done, now and then
   */
  public Result run(InputStream in, OutputStream out, LongConsumer progress) throws IOException {
    long start = System.nanoTime();
    Tally tally = new Tally();
    BlockingQueue<CompletableFuture<List<ProfileEvaluator.Evaluated>>> inFlight =
        new ArrayBlockingQueue<>(options.threads() * CHUNKS_IN_FLIGHT_PER_THREAD);
    List<ProfileEvaluator> evaluators = Collections.synchronizedList(new ArrayList<>());
    ThreadLocal<ProfileEvaluator> evaluator =
        ThreadLocal.withInitial(
            () -> {
              ProfileEvaluator fresh = new ProfileEvaluator(knowledgeBase, options.explain());
              evaluators.add(fresh);
              return fresh;
            });
    ExecutorService workers =
        Executors.newFixedThreadPool(
            options.threads(),
            r -> {
              Thread thread = new Thread(r, "batch-worker");
              thread.setDaemon(true);
              return thread;
            });
    long[] counts = new long[2]; // profiles, errors
    // The records come encoded already (see ProfileEvaluator): the writer only copies bytes.
    OutputStream writer = new BufferedOutputStream(out, 1 << 16);
    // The writer is a daemon thread of this batch's own, stopped on the way out whatever happens:
    // CompletableFuture.runAsync runs on a new non-daemon thread on a machine with fewer than three
    // cores, and one left waiting for chunks after a failure kept the process alive for good.
    CompletableFuture<Void> writing = new CompletableFuture<>();
    Thread writerThread =
        new Thread(
            () -> {
              try {
                write(inFlight, writer, tally, counts, progress);
                writing.complete(null);
              } catch (Throwable e) {
                writing.completeExceptionally(e);
              }
            },
            "batch-writer");
    writerThread.setDaemon(true);
    writerThread.start();
    try {
      LineReader reader = new LineReader(in, options.maxLineBytes());
      List<LineReader.Line> chunk = new ArrayList<>(CHUNK);
      long chunkBytes = 0;
      LineReader.Line line;
      boolean writerRunning = true;
      while (writerRunning && (line = reader.next()) != null) {
        chunk.add(line);
        chunkBytes += line.tooLong() ? 0 : line.bytes().length;
        if (chunk.size() == CHUNK || chunkBytes >= CHUNK_BYTES) {
          writerRunning = handOver(inFlight, evaluateLater(chunk, evaluator, workers), writing);
          chunk = new ArrayList<>(CHUNK);
          chunkBytes = 0;
        }
      }
      if (writerRunning && !chunk.isEmpty()) {
        writerRunning = handOver(inFlight, evaluateLater(chunk, evaluator, workers), writing);
      }
      if (writerRunning) {
        handOver(inFlight, END, writing);
      }
      writing.get(); // throws what stopped the writer: a failed evaluation or a failed write
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } finally {
      writerThread.interrupt(); // done already, or waiting for chunks that will not come
      workers.shutdownNow();
      evaluators.forEach(ProfileEvaluator::close);
    }
    if (options.summaryOnly()) {
      writer.write(SummaryJson.of(counts[0], counts[1], tally).getBytes(StandardCharsets.UTF_8));
    }
    writer.flush();
    return new Result(counts[0], counts[1], System.nanoTime() - start);
  }

  /**
   * Queues a chunk for the writer, waiting while the window is full; false when the writer has
   * stopped (an evaluation or a write failed), so that reading stops instead of waiting forever.
   */
  private static boolean handOver(
      BlockingQueue<CompletableFuture<List<ProfileEvaluator.Evaluated>>> inFlight,
      CompletableFuture<List<ProfileEvaluator.Evaluated>> chunk,
      CompletableFuture<Void> writing)
      throws InterruptedException {
    while (!inFlight.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
      if (writing.isDone()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Lines travel to the workers in chunks: handing each line over on its own costs two thread
   * wake-ups a line, as much as evaluating a small profile.
   */
  private static final int CHUNK = 64;

  /**
   * A chunk of long lines is handed over sooner, so that the lines in flight stay within a few MB.
   */
  private static final int CHUNK_BYTES = 1 << 18;

  /** Chunks waiting or being evaluated, per worker: enough to keep every worker busy. */
  private static final int CHUNKS_IN_FLIGHT_PER_THREAD = 4;

  private CompletableFuture<List<ProfileEvaluator.Evaluated>> evaluateLater(
      List<LineReader.Line> lines,
      ThreadLocal<ProfileEvaluator> evaluator,
      ExecutorService workers) {
    int maxLineBytes = options.maxLineBytes();
    return CompletableFuture.supplyAsync(
        () -> {
          ProfileEvaluator mine = evaluator.get();
          List<ProfileEvaluator.Evaluated> done = new ArrayList<>(lines.size());
          for (LineReader.Line line : lines) {
            done.add(mine.evaluate(line, maxLineBytes));
          }
          return done;
        },
        workers);
  }

  /** Marks the end of the input in the queue of chunks in flight. */
  private static final CompletableFuture<List<ProfileEvaluator.Evaluated>> END =
      new CompletableFuture<>();

  private void write(
      BlockingQueue<CompletableFuture<List<ProfileEvaluator.Evaluated>>> inFlight,
      OutputStream writer,
      Tally tally,
      long[] counts,
      LongConsumer progress)
      throws IOException, ExecutionException {
    try {
      while (true) {
        CompletableFuture<List<ProfileEvaluator.Evaluated>> next = inFlight.take();
        if (next == END) {
          return;
        }
        for (ProfileEvaluator.Evaluated done : next.get()) { // get, not join: it can be interrupted
          counts[0]++;
          if (done.report() == null) {
            counts[1]++;
          } else {
            tally.add(done.report());
          }
          if (!options.summaryOnly()) {
            writer.write(done.utf8());
            writer.write('\n');
          }
          if (counts[0] % 10_000 == 0) {
            progress.accept(counts[0]);
          }
        }
      }
    } catch (InterruptedException e) {
      throw new InterruptedIOException("the batch was stopped");
    }
  }

  private static IOException rethrown(Throwable cause) {
    Throwable root = cause;
    while ((root instanceof CompletionException || root instanceof ExecutionException)
        && root.getCause() != null) {
      root = root.getCause();
    }
    if (root instanceof Error fatal) {
      throw fatal;
    }
    if (root instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (root instanceof IOException io) {
      return io;
    }
    return new IOException(root);
  }
}
