package dev.heavylegs.serve;

import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.read.KbaseWatcher;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base the service answers with, swapped whole: every request reads the reference
 * once and works with that base to its end, so a reload never changes a request half-way. A base
 * with errors is never swapped in; the last good one keeps serving, and {@link #lastReload()} says
 * what happened.
 */
public final class LiveKnowledgeBase implements AutoCloseable {

  /** Loads the base in a folder; a base with errors throws. */
  @FunctionalInterface
  public interface Loader {
    KnowledgeBase load(Path dir) throws KbaseException;
  }

  /**
   * The last attempt to load the base.
   *
   * @param accepted whether it had no errors (and is now in use)
   * @param kbaseVersion the version then in use
   * @param errors the errors found, as {@code path:line:col: error: message}
   */
  public record Reload(Instant at, boolean accepted, String kbaseVersion, List<String> errors) {}

  private static final Logger LOG = LoggerFactory.getLogger(LiveKnowledgeBase.class);

  /** How often the watcher's flag is looked at, and how long edits must pause before a reload. */
  private static final long POLL_MILLIS = 150;

  private final Path dir;
  private final Loader reloader;
  private final AtomicReference<KnowledgeBase> current = new AtomicReference<>();
  private final AtomicReference<Reload> lastReload = new AtomicReference<>();
  private final Consumer<String> log;
  private KbaseWatcher watcher;
  private Thread reloading;

  private LiveKnowledgeBase(Path dir, Loader reloader, Consumer<String> log) {
    this.dir = dir;
    this.reloader = reloader;
    this.log = log;
  }

  /**
   * The base in {@code dir}, loaded now with {@code first} (through the cache, say); reloads use
   * {@code reloader}.
   *
   * @param log told, in a line, of each reload
   * @throws KbaseException when the base has errors and {@code watch} is off: nothing could ever be
   *     served
   */
  public static LiveKnowledgeBase start(
      Path dir, Loader first, Loader reloader, boolean watch, Consumer<String> log)
      throws KbaseException {
    LiveKnowledgeBase live = new LiveKnowledgeBase(dir, reloader, log);
    try {
      live.current.set(first.load(dir));
    } catch (KbaseException e) {
      if (!watch) {
        throw e;
      }
      live.lastReload.set(new Reload(Instant.now(), false, null, errors(e)));
    }
    if (watch) {
      live.watch();
    }
    return live;
  }

  /** A base that never changes, for tests and embedding. */
  public static LiveKnowledgeBase fixed(KnowledgeBase knowledgeBase) {
    LiveKnowledgeBase live = new LiveKnowledgeBase(null, d -> knowledgeBase, line -> {});
    live.current.set(knowledgeBase);
    return live;
  }

  /** The base in use; empty while none without errors has loaded. */
  public Optional<KnowledgeBase> current() {
    return Optional.ofNullable(current.get());
  }

  /** What the last reload (or the failed first load) did; empty when nothing was reloaded. */
  public Optional<Reload> lastReload() {
    return Optional.ofNullable(lastReload.get());
  }

  /** The folder as shown to users. */
  public String location() {
    KnowledgeBase kb = current.get();
    return kb != null ? kb.location() : String.valueOf(dir);
  }

  /**
   * Loads the folder again; swaps the new base in when it has no errors and differs. Called from
   * the one reloading thread (and tests).
   */
  synchronized void reloadNow() {
    try {
      KnowledgeBase fresh = reloader.load(dir);
      KnowledgeBase before = current.get();
      if (before != null && fresh.contentHash().equals(before.contentHash())) {
        return; // an editor touched a file without changing it
      }
      current.set(fresh);
      lastReload.set(new Reload(Instant.now(), true, fresh.contentHash(), List.of()));
      log.accept(ServeMessages.reloaded(fresh.contentHash()));
    } catch (KbaseException e) {
      KnowledgeBase kept = current.get();
      List<String> errors = errors(e);
      lastReload.set(
          new Reload(Instant.now(), false, kept == null ? null : kept.contentHash(), errors));
      log.accept(ServeMessages.refused(errors.size()));
      errors.forEach(line -> log.accept("  " + line));
    } catch (RuntimeException e) {
      LOG.warn("reloading {} failed", dir, e); // a bug, not a broken base: keep serving
    }
  }

  private static List<String> errors(KbaseException e) {
    return e.problems().stream()
        .filter(p -> p.severity() == KbaseProblem.Severity.ERROR)
        .map(KbaseProblem::toString)
        .toList();
  }

  /**
   * Watches the folder on a background thread; a change is compiled there once the edits pause,
   * while requests go on with the base in use.
   */
  private void watch() {
    watcher = new KbaseWatcher(dir);
    reloading =
        new Thread(
            () -> {
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  Thread.sleep(POLL_MILLIS);
                  if (watcher.takeChange()) {
                    do {
                      Thread.sleep(POLL_MILLIS); // an editor's save is often several writes
                    } while (watcher.takeChange());
                    reloadNow();
                  }
                }
              } catch (InterruptedException e) {
                // closed
              }
            },
            "kbase-reload");
    reloading.setDaemon(true);
    reloading.start();
  }

  @Override
  public void close() {
    if (reloading != null) {
      reloading.interrupt();
    }
    if (watcher != null) {
      watcher.close();
    }
  }
}
