package dev.heavylegs.batch;

import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.AnswersReader;
import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Screens a stream of profiles, one JSON object a line, into one output line each, in the same
 * order. Lines are evaluated on several threads, each with its own engine session over the one
 * shared knowledge base; a bounded window of lines in flight keeps memory flat whatever the input
 * size, and the output is written strictly in input order.
 */
public final class BatchRunner {

  /**
   * How a batch runs.
   *
   * @param threads how many lines are evaluated at once
   * @param explain whether each record carries the explanations
   * @param summaryOnly whether to write only the tally at the end, not a line per profile
   */
  public record Options(int threads, boolean explain, boolean summaryOnly) {}

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
   * @param progress told the number of lines done, now and then
   */
  public Result run(InputStream in, OutputStream out, LongConsumer progress) throws IOException {
    long start = System.nanoTime();
    Tally tally = new Tally();
    BlockingQueue<CompletableFuture<List<ProfileEvaluator.Evaluated>>> inFlight =
        new ArrayBlockingQueue<>(options.threads() * CHUNKS_IN_FLIGHT_PER_THREAD);
    List<ProfileEvaluator> evaluators = java.util.Collections.synchronizedList(new ArrayList<>());
    ThreadLocal<ProfileEvaluator> evaluator = ThreadLocal.withInitial(() -> {
      ProfileEvaluator fresh = new ProfileEvaluator(knowledgeBase, options.explain());
      evaluators.add(fresh);
      return fresh;
    });
    ExecutorService workers = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread thread = new Thread(r, "batch-worker");
      thread.setDaemon(true);
      return thread;
    });
    long[] counts = new long[2]; // profiles, errors
    // The records come encoded already (see ProfileEvaluator): the writer only copies bytes.
    OutputStream writer = new BufferedOutputStream(out, 1 << 16);
    CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(inFlight, writer, tally, counts, progress));
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      long firstLine = 1;
      List<String> chunk = new ArrayList<>(CHUNK);
      String line;
      boolean writerRunning = true;
      while (writerRunning && (line = reader.readLine()) != null) {
        chunk.add(firstLine == 1 && chunk.isEmpty() ? AnswersReader.withoutByteOrderMark(line) : line);
        if (chunk.size() == CHUNK) {
          writerRunning = handOver(inFlight, evaluateLater(chunk, firstLine, evaluator, workers), writing);
          firstLine += CHUNK;
          chunk = new ArrayList<>(CHUNK);
        }
      }
      if (writerRunning && !chunk.isEmpty()) {
        writerRunning = handOver(inFlight, evaluateLater(chunk, firstLine, evaluator, workers), writing);
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
  private static boolean handOver(BlockingQueue<CompletableFuture<List<ProfileEvaluator.Evaluated>>> inFlight,
      CompletableFuture<List<ProfileEvaluator.Evaluated>> chunk, CompletableFuture<Void> writing)
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
  /** Chunks waiting or being evaluated, per worker: enough to keep every worker busy. */
  private static final int CHUNKS_IN_FLIGHT_PER_THREAD = 4;

  private static CompletableFuture<List<ProfileEvaluator.Evaluated>> evaluateLater(List<String> lines,
      long firstLine, ThreadLocal<ProfileEvaluator> evaluator, ExecutorService workers) {
    return CompletableFuture.supplyAsync(() -> {
      ProfileEvaluator mine = evaluator.get();
      List<ProfileEvaluator.Evaluated> done = new ArrayList<>(lines.size());
      for (int i = 0; i < lines.size(); i++) {
        done.add(mine.evaluate(firstLine + i, lines.get(i)));
      }
      return done;
    }, workers);
  }

  /** Marks the end of the input in the queue of chunks in flight. */
  private static final CompletableFuture<List<ProfileEvaluator.Evaluated>> END = new CompletableFuture<>();

  private void write(BlockingQueue<CompletableFuture<List<ProfileEvaluator.Evaluated>>> inFlight, OutputStream writer,
      Tally tally, long[] counts, LongConsumer progress) {
    try {
      while (true) {
        CompletableFuture<List<ProfileEvaluator.Evaluated>> next = inFlight.take();
        if (next == END) {
          return;
        }
        for (ProfileEvaluator.Evaluated done : next.join()) {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e); // the message is what the user sees
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static IOException rethrown(Throwable cause) {
    Throwable root = cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null
        ? cause.getCause() : cause;
    if (root instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (root instanceof IOException io) {
      return io;
    }
    return new IOException(root);
  }
}
