package dev.heavylegs.kbase.cache;

import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.cache.KnowledgeCodec.Knowledge;
import dev.heavylegs.kbase.compile.DroolsCompiler;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.kbase.read.KbaseSnapshot;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a cache entry, either here ({@link #fill}) or, after a miss, in a separate process started
 * when this one ends, so the first run after an edit is no slower than without a cache. That
 * process is handed the {@link KbaseSnapshot} this one hashed and loaded, never the folder, which
 * may have been edited meanwhile: it checks the snapshot's hash against the entry's key and runs
 * every check of the loader again before it compiles anything.
 */
final class BackgroundBuild {

  private static final Logger LOG = LoggerFactory.getLogger(KbaseCache.class);

  private BackgroundBuild() {}

  /**
   * What a miss leaves to build: the snapshot that was hashed and loaded, and the entry its hash
   * keys.
   */
  record PendingBuild(KbaseSnapshot snapshot, Path entry) {

    /**
     * Writes the snapshot to a private file in the cache folder, for the background process, and
     * returns that process's arguments ({@link BackgroundBuild#main}).
     */
    String[] handOff() throws IOException {
      Files.createDirectories(entry.getParent());
      Path file = privateFile(entry.getParent(), CacheStore.SNAPSHOT_PREFIX);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        snapshot.writeTo(out);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      return new String[] {
        snapshot.dir().toAbsolutePath().toString(), entry.toString(), file.toString()
      };
    }
  }

  /**
   * Fills {@code entry} from {@code snapshot}: every check of the loader runs on it first, and the
   * executable model is compiled from the very sources that passed them.
   */
  static void fill(KbaseSnapshot snapshot, Path entry) throws KbaseException, IOException {
    if (CacheStore.complete(entry)) {
      return;
    }
    KnowledgeBaseLoader.Checked checked = KnowledgeBaseLoader.checked(snapshot);
    KnowledgeBase loaded = checked.knowledgeBase();
    byte[] kjar = DroolsCompiler.executableModel(checked.sources(), "kbase-" + entry.getFileName());
    Knowledge knowledge =
        new Knowledge(
            snapshot.hash(),
            loaded.location(),
            loaded.questions(),
            loaded.wording(),
            loaded.reportWording(),
            loaded.rules(),
            loaded.warnings());
    CacheStore.write(entry, kjar, knowledge);
  }

  /**
   * Arranges for a separate process to fill the entry once this one ends, unless one is at it
   * already. Started earlier, the build (a second JVM compiling on a 2-core machine) slowed the
   * very consultation that needed it by about half a second.
   */
  static void atExit(PendingBuild pending) {
    Path entry = pending.entry();
    try {
      Files.createDirectories(entry.getParent());
      Path lock = lockOf(entry);
      if (Files.exists(lock)
          && Files.getLastModifiedTime(lock)
              .toInstant()
              .isAfter(Instant.now().minus(Duration.ofMinutes(2)))) {
        return;
      }
      Files.write(lock, new byte[0]);
      Files.setLastModifiedTime(lock, FileTime.from(Instant.now()));
      String java = ProcessHandle.current().info().command().orElse("java");
      List<String> command = new ArrayList<>();
      // At the lowest priority, so it does not slow down whatever runs next.
      Stream.of("/usr/bin/nice", "/bin/nice")
          .filter(nice -> Files.isExecutable(Path.of(nice)))
          .findFirst()
          .ifPresent(nice -> command.addAll(List.of(nice, "-n", "19")));
      command.addAll(
          List.of(
              java,
              "-XX:TieredStopAtLevel=1",
              "-XX:+UseSerialGC",
              "-cp",
              System.getProperty("java.class.path"),
              BackgroundBuild.class.getName()));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> spawn(command, pending, lock), "heavylegs-cache-build"));
    } catch (IOException | RuntimeException e) {
      // the next run compiles again
      LOG.warn("cannot fill the knowledge-base cache: {}", e.toString());
    }
  }

  private static Path lockOf(Path entry) {
    return entry.resolveSibling(entry.getFileName() + ".lock");
  }

  /**
   * Hands {@code pending} over and starts {@code command} on it, detached: a shell puts it in the
   * background, immune to the terminal closing, and ends at once. Had this JVM started the build as
   * its own child, a thread would sit waiting for that child, and a JVM about to exit waits about
   * 0.3 s for threads in native code before it gives up on them.
   */
  private static void spawn(List<String> command, PendingBuild pending, Path lock) {
    String[] arguments = null;
    try {
      // This run may have lasted longer than a lock lives: the build starts now, and so does the
      // lock.
      Files.setLastModifiedTime(lock, FileTime.from(Instant.now()));
      arguments = pending.handOff();
      boolean throughShell = Files.isExecutable(Path.of("/bin/sh"));
      List<String> detached = new ArrayList<>();
      if (throughShell) {
        detached.addAll(
            List.of(
                "/bin/sh",
                "-c",
                "trap '' HUP; \"$@\" </dev/null >/dev/null 2>&1 &",
                "heavylegs-cache-build"));
      }
      detached.addAll(command);
      detached.addAll(List.of(arguments));
      Process started =
          new ProcessBuilder(detached)
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (throughShell) {
        started.waitFor(2, TimeUnit.SECONDS); // the shell ends as soon as the build is off
      }
    } catch (IOException | RuntimeException e) {
      // the lock expires after two minutes and the next run compiles again
      LOG.debug("cannot start the cache build: {}", e.toString());
      if (arguments != null) {
        CacheStore.deleteQuietly(Path.of(arguments[2]));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The background process: {@code BackgroundBuild <kbase dir> <entry> <snapshot>}, the snapshot
   * written by {@link PendingBuild#handOff}. The folder itself is not read again: it may have
   * changed since.
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      LOG.warn("usage: BackgroundBuild <kbase dir> <entry> <snapshot>");
      return;
    }
    Path entry = Path.of(args[1]);
    Path handedOver = Path.of(args[2]);
    try {
      Path dir = Path.of(args[0]);
      KbaseSnapshot snapshot;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(handedOver))) {
        snapshot = KbaseSnapshot.readFrom(dir, in);
      }
      if (!CacheKey.entryFor(snapshot, entry.getParent()).equals(entry)) {
        throw new IOException(
            "the knowledge base handed over ("
                + snapshot.hash()
                + ") is not the one this entry is keyed by");
      }
      fill(snapshot, entry);
      CacheStore.remember(dir, entry, entry.getParent());
      CacheStore.prune(entry.getParent(), entry);
    } catch (Exception e) {
      LOG.warn("cannot fill the knowledge-base cache entry {}: {}", entry, e.toString());
    } finally {
      try {
        Files.deleteIfExists(handedOver);
        Files.deleteIfExists(lockOf(entry));
      } catch (IOException e) {
        // a stale lock expires after two minutes, a stale snapshot goes at a later prune
      }
    }
  }

  /** A new, empty file only its owner can read (the cache may sit in a shared folder). */
  private static Path privateFile(Path dir, String prefix) throws IOException {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Files.createTempFile(
          dir,
          prefix,
          ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return Files.createTempFile(dir, prefix, ".tmp");
  }
}
