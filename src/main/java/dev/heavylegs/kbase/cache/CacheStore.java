package dev.heavylegs.kbase.cache;

import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.cache.KnowledgeCodec.Knowledge;
import dev.heavylegs.kbase.compile.DroolsCompiler;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache on disk: one folder per entry, holding the rules compiled to Drools' executable model
 * (a kjar, which reloads without compiling) and everything else the loader worked out; a small
 * pointer file per knowledge-base folder naming the entry it used last. Entries appear whole or not
 * at all; a corrupt or foreign one is deleted and ignored.
 */
final class CacheStore {

  private static final Logger LOG = LoggerFactory.getLogger(KbaseCache.class);
  private static final String KJAR = "kbase.jar";
  private static final String KNOWLEDGE = "knowledge.bin";
  private static final String LAST_PREFIX = "last-";

  /** The files that hand a miss's snapshot to the background build. */
  static final String SNAPSHOT_PREFIX = ".snapshot-";

  /** How many entries the cache keeps: every edit of a knowledge base makes a new one. */
  static final int ENTRIES_KEPT = 20;

  private CacheStore() {}

  static boolean complete(Path entry) {
    return Files.isRegularFile(entry.resolve(KJAR))
        && Files.isRegularFile(entry.resolve(KNOWLEDGE));
  }

  /** Writes a whole entry: it appears complete or not at all. */
  static void write(Path entry, byte[] kjar, Knowledge knowledge) throws IOException {
    Files.createDirectories(entry.getParent());
    Path building = Files.createTempDirectory(entry.getParent(), ".building-");
    try {
      Files.write(building.resolve(KJAR), kjar);
      try (DataOutputStream out =
          new DataOutputStream(
              new BufferedOutputStream(Files.newOutputStream(building.resolve(KNOWLEDGE))))) {
        KnowledgeCodec.write(knowledge, out);
      }
      Files.move(building, entry, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileSystemException e) {
      if (!complete(entry)) { // else another process filled it first: same content, same entry
        throw e;
      }
    } finally {
      deleteQuietly(building);
    }
  }

  /**
   * Reads an entry; an unreadable one is reported and removed, unless {@code guess}: the entry read
   * ahead may be another build's (after an upgrade, say), which is not this build's to judge.
   */
  static Optional<KnowledgeBase> read(Path entry, boolean guess) {
    long start = System.nanoTime();
    if (!complete(entry)) {
      return Optional.empty();
    }
    try {
      Knowledge knowledge =
          KnowledgeCodec.read(
              new DataInputStream(
                  new ByteArrayInputStream(Files.readAllBytes(entry.resolve(KNOWLEDGE)))));
      long read = System.nanoTime();
      if (Thread.currentThread().isInterrupted()) {
        return Optional.empty();
      }
      KieBase compiled = DroolsCompiler.fromKjar(entry.resolve(KJAR));
      LOG.debug(
          "cache entry read: knowledge {} ms, rules {} ms",
          (read - start) / 1_000_000,
          (System.nanoTime() - read) / 1_000_000);
      return Optional.of(
          new KnowledgeBase(
              knowledge.location(),
              knowledge.contentHash(),
              knowledge.questions(),
              knowledge.wording(),
              knowledge.reportWording(),
              knowledge.rules(),
              compiled,
              knowledge.warnings()));
    } catch (Exception | LinkageError e) {
      if (guess || Thread.currentThread().isInterrupted()) {
        LOG.debug("not reading ahead the cache entry {}: {}", entry, e.toString());
        return Optional.empty();
      }
      LOG.warn("ignoring the unreadable cache entry {}: {}", entry, e.toString());
      deleteQuietly(entry);
      return Optional.empty();
    }
  }

  /** The entry {@code dir} was last answered from, as noted by {@link #remember}. */
  static Optional<Path> lastEntry(Path dir, Path cacheDir) {
    try {
      String name = Files.readString(pointerFor(dir, cacheDir)).strip();
      return CacheKey.isEntryName(name) ? Optional.of(cacheDir.resolve(name)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Notes that {@code dir} was last answered from {@code entry}. */
  static void remember(Path dir, Path entry, Path cacheDir) {
    try {
      Path pointer = pointerFor(dir, cacheDir);
      Path written = Files.createTempFile(cacheDir, ".last-", ".tmp");
      Files.writeString(written, entry.getFileName().toString());
      Files.move(
          written, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // only the next start is slower
      LOG.debug("cannot note the last cache entry: {}", e.toString());
    }
  }

  /** A small file naming the entry {@code dir} used last; keyed by the folder's absolute path. */
  private static Path pointerFor(Path dir, Path cacheDir) {
    return cacheDir.resolve(
        LAST_PREFIX + CacheKey.sha256(dir.toAbsolutePath().normalize().toString()));
  }

  /** Touches the entry's folder, so that a prune keeps the entries used most recently. */
  static void markUsed(Path entry) {
    try {
      Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // only matters for which entries a later prune keeps
    }
  }

  /**
   * Deletes all but the {@link #ENTRIES_KEPT} entries used most recently, never {@code keep}; and
   * snapshots no build took up.
   */
  static void prune(Path cacheDir, Path keep) {
    // read once: another run may touch an entry meanwhile
    Map<Path, FileTime> lastUsed = new HashMap<>();
    // a build reads its snapshot at once
    Instant abandoned = Instant.now().minus(Duration.ofHours(1));
    try (Stream<Path> list = Files.list(cacheDir)) {
      list.forEach(
          p -> {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p) && CacheKey.isEntryName(name)) {
              lastUsed.put(p, lastUsed(p));
            } else if (name.startsWith(SNAPSHOT_PREFIX)
                && lastUsed(p).toInstant().isBefore(abandoned)) {
              deleteQuietly(p);
            }
          });
    } catch (IOException | UncheckedIOException e) {
      return; // pruned next time
    }
    lastUsed.keySet().stream()
        .sorted(Comparator.comparing(lastUsed::get).reversed())
        .skip(ENTRIES_KEPT)
        .filter(p -> !p.equals(keep))
        .forEach(CacheStore::deleteQuietly);
  }

  private static FileTime lastUsed(Path entry) {
    try {
      return Files.getLastModifiedTime(entry);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  /** Empties the cache folder; returns how many entries it held. */
  static int clear(Path cacheDir) throws IOException {
    if (!Files.isDirectory(cacheDir)) {
      return 0;
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(cacheDir)) {
      entries = list.toList();
    }
    int held = (int) entries.stream().filter(Files::isDirectory).count();
    entries.forEach(CacheStore::deleteQuietly);
    return held;
  }

  static void deleteQuietly(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // left for the next run to try again
    }
  }
}
