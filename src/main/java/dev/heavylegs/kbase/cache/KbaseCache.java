package dev.heavylegs.kbase.cache;

import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.cache.BackgroundBuild.PendingBuild;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.kbase.read.KbaseSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cache of compiled knowledge bases, so that a consultation does not compile the rules again when
 * nothing changed: the one door to this package. Entries are named by {@link CacheKey}, kept by
 * {@link CacheStore} and filled by {@link BackgroundBuild}.
 *
 * <p>On a miss the knowledge base is loaded as usual, checks and all, and the entry is built by a
 * separate background process started when this one ends. An entry that holds other rules than its
 * key names is removed and ignored.
 */
public final class KbaseCache {

  private static final Logger LOG = LoggerFactory.getLogger(KbaseCache.class);

  /**
   * Where the cache lives and whether to use it.
   *
   * @param dir the cache folder
   * @param enabled false to always compile
   * @param buildInBackground whether a miss starts, as the run ends, a process that fills the entry
   */
  public record Settings(Path dir, boolean enabled, boolean buildInBackground) {

    /**
     * From the environment: {@code HEAVYLEGS_CACHE_DIR} (or {@code -Dheavylegs.cache.dir}) moves
     * it, {@code HEAVYLEGS_CACHE=off} (or {@code -Dheavylegs.cache=off}) turns it off; the default
     * is {@code $XDG_CACHE_HOME/heavylegs}, else {@code ~/.cache/heavylegs}.
     */
    public static Settings fromEnvironment() {
      String dir = setting("heavylegs.cache.dir", "HEAVYLEGS_CACHE_DIR");
      String xdg = System.getenv("XDG_CACHE_HOME");
      Path where =
          dir != null
              ? Path.of(dir)
              : xdg != null && !xdg.isBlank()
                  ? Path.of(xdg, "heavylegs")
                  : Path.of(System.getProperty("user.home"), ".cache", "heavylegs");
      boolean off = "off".equalsIgnoreCase(setting("heavylegs.cache", "HEAVYLEGS_CACHE"));
      return new Settings(where, !off, true);
    }

    private static String setting(String property, String variable) {
      String value = System.getProperty(property);
      return value != null ? value : System.getenv(variable);
    }
  }

  private KbaseCache() {}

  /** The knowledge base in {@code dir}: from the cache when it holds this exact content. */
  public static KnowledgeBase load(Path dir, Settings settings) throws KbaseException {
    return load(
        dir, settings, settings.buildInBackground() ? BackgroundBuild::atExit : pending -> {});
  }

  /**
   * As {@link #load(Path, Settings)}, with what a miss leaves to build handed to {@code onMiss}.
   */
  static KnowledgeBase load(Path dir, Settings settings, Consumer<PendingBuild> onMiss)
      throws KbaseException {
    if (!settings.enabled() || !Files.isDirectory(dir)) {
      return KnowledgeBaseLoader.load(dir);
    }
    // Reading and hashing every file takes 0.1-0.2 s of a cold start, so the entry this folder used
    // last time is read meanwhile, on another thread. It is used only if the hash names that very
    // entry.
    Optional<Path> guess = CacheStore.lastEntry(dir, settings.dir());
    Optional<FutureTask<Optional<KnowledgeBase>>> early = guess.map(KbaseCache::readInBackground);
    long start = System.nanoTime();
    KbaseSnapshot snapshot;
    try {
      snapshot = KbaseSnapshot.of(dir);
    } catch (KbaseException e) {
      early.ifPresent(task -> task.cancel(true));
      throw e;
    }
    Path entry = CacheKey.entryFor(snapshot, settings.dir());
    LOG.debug("cache key computed in {} ms", (System.nanoTime() - start) / 1_000_000);
    boolean guessedRight = guess.equals(Optional.of(entry));
    if (!guessedRight) {
      // stops at its next step: a compile may need the core
      early.ifPresent(task -> task.cancel(true));
    }
    Optional<KnowledgeBase> cached =
        guessedRight ? builtFrom(snapshot, entry, resultOf(early.get())) : Optional.empty();
    if (cached.isEmpty()) {
      // also when the guess failed: this read reports and removes a bad entry
      cached = builtFrom(snapshot, entry, CacheStore.read(entry, false));
    }
    if (cached.isPresent()) {
      if (!guessedRight) {
        CacheStore.remember(dir, entry, settings.dir());
      }
      CacheStore.markUsed(entry);
      return cached.get();
    }
    KnowledgeBase loaded = KnowledgeBaseLoader.load(snapshot); // refuses a broken base, as always
    onMiss.accept(new PendingBuild(snapshot, entry));
    return loaded;
  }

  /**
   * {@code read}, if the entry holds the rules of {@code snapshot}; an entry that holds others
   * (filled by a heavylegs that read the folder again after hashing it, or tampered with) is
   * removed.
   */
  private static Optional<KnowledgeBase> builtFrom(
      KbaseSnapshot snapshot, Path entry, Optional<KnowledgeBase> read) {
    if (read.isPresent() && !read.get().contentHash().equals(snapshot.hash())) {
      LOG.warn(
          "ignoring the cache entry {}: it holds the knowledge base {}, not {}",
          entry,
          read.get().contentHash(),
          snapshot.hash());
      CacheStore.deleteQuietly(entry);
      return Optional.empty();
    }
    return read;
  }

  private static FutureTask<Optional<KnowledgeBase>> readInBackground(Path entry) {
    FutureTask<Optional<KnowledgeBase>> task = new FutureTask<>(() -> CacheStore.read(entry, true));
    Thread thread = new Thread(task, "heavylegs-cache-read");
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  private static Optional<KnowledgeBase> resultOf(FutureTask<Optional<KnowledgeBase>> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Fills the entry for {@code dir} as it is now ({@code heavylegs cache --build}, and tests). */
  public static void build(Path dir, Settings settings) throws KbaseException, IOException {
    KbaseSnapshot snapshot = KbaseSnapshot.of(dir);
    Path entry = CacheKey.entryFor(snapshot, settings.dir());
    BackgroundBuild.fill(snapshot, entry);
    CacheStore.remember(dir, entry, settings.dir());
    CacheStore.prune(settings.dir(), entry);
  }

  /** True when the cache holds {@code dir} as it is now. */
  public static boolean holds(Path dir, Settings settings) {
    try {
      return CacheStore.complete(entryFor(dir, settings));
    } catch (KbaseException e) {
      return false; // a folder that cannot be read whole is never cached
    }
  }

  /** Empties the cache; returns how many entries it held. */
  public static int clear(Settings settings) throws IOException {
    return CacheStore.clear(settings.dir());
  }

  /** The folder of the entry that holds {@code dir} as it is now. */
  static Path entryFor(Path dir, Settings settings) throws KbaseException {
    return CacheKey.entryFor(KbaseSnapshot.of(dir), settings.dir());
  }
}
