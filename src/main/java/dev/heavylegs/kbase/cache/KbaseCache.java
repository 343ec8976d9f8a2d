package dev.heavylegs.kbase.cache;

import dev.heavylegs.kbase.compile.DroolsCompiler;
import dev.heavylegs.kbase.read.KbasePaths;

import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.kbase.read.KbaseSnapshot;

import dev.heavylegs.kbase.cache.KnowledgeCodec.Knowledge;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cache of compiled knowledge bases, so that a consultation does not compile the rules again
 * when nothing changed. An entry is keyed by the content hash of the whole {@code kbase/} folder
 * (any edit to any file gives a new key, so a stale entry is never used) together with the build
 * of heavylegs and how paths are shown. It holds the rules compiled to Drools' executable model
 * (a kjar, which reloads without compiling) and everything else the loader worked out.
 *
 * <p>On a miss the knowledge base is loaded as usual, checks and all, and the entry is built by a
 * separate background process started when this one ends, so the first run after an edit is no
 * slower than without a cache. That process is handed the {@link KbaseSnapshot} this one hashed and
 * loaded, never the folder, which may have been edited meanwhile: it checks the snapshot's hash
 * against the entry's key and runs every check of the loader again before it compiles anything.
 * A corrupt or foreign entry is deleted and ignored, and so is one that holds other rules than its
 * key names.
 */
public final class KbaseCache {

  private static final Logger LOG = LoggerFactory.getLogger(KbaseCache.class);
  private static final String KJAR = "kbase.jar";
  private static final String KNOWLEDGE = "knowledge.bin";
  private static final String LAST_PREFIX = "last-";
  /** The files that hand a miss's snapshot to the background build. */
  private static final String SNAPSHOT_PREFIX = ".snapshot-";

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
      Path where = dir != null ? Path.of(dir)
          : xdg != null && !xdg.isBlank() ? Path.of(xdg, "heavylegs")
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

  /**
   * What a miss leaves to build: the snapshot that was hashed and loaded, and the entry its hash
   * keys.
   */
  record PendingBuild(KbaseSnapshot snapshot, Path entry) {

    /**
     * Writes the snapshot to a private file in the cache folder, for the background process, and
     * returns that process's arguments ({@link #main}).
     */
    String[] handOff() throws IOException {
      Files.createDirectories(entry.getParent());
      Path file = privateFile(entry.getParent(), SNAPSHOT_PREFIX);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        snapshot.writeTo(out);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      return new String[] {snapshot.dir().toAbsolutePath().toString(), entry.toString(), file.toString()};
    }
  }

  /** The knowledge base in {@code dir}: from the cache when it holds this exact content. */
  public static KnowledgeBase load(Path dir, Settings settings) throws KbaseException {
    return load(dir, settings, settings.buildInBackground() ? KbaseCache::buildAtExit : pending -> {});
  }

  /** As {@link #load(Path, Settings)}, with what a miss leaves to build handed to {@code onMiss}. */
  static KnowledgeBase load(Path dir, Settings settings, Consumer<PendingBuild> onMiss)
      throws KbaseException {
    if (!settings.enabled() || !Files.isDirectory(dir)) {
      return KnowledgeBaseLoader.load(dir);
    }
    // Reading and hashing every file takes 0.1-0.2 s of a cold start, so the entry this folder used
    // last time is read meanwhile, on another thread. It is used only if the hash names that very entry.
    Optional<Path> guess = lastEntry(dir, settings);
    Optional<FutureTask<Optional<KnowledgeBase>>> early = guess.map(KbaseCache::readInBackground);
    long start = System.nanoTime();
    KbaseSnapshot snapshot;
    try {
      snapshot = KbaseSnapshot.of(dir);
    } catch (KbaseException e) {
      early.ifPresent(task -> task.cancel(true));
      throw e;
    }
    Path entry = entryFor(snapshot, settings);
    LOG.debug("cache key computed in {} ms", (System.nanoTime() - start) / 1_000_000);
    boolean guessedRight = guess.equals(Optional.of(entry));
    if (!guessedRight) {
      early.ifPresent(task -> task.cancel(true)); // stops at its next step: a compile may need the core
    }
    Optional<KnowledgeBase> cached = guessedRight ? builtFrom(snapshot, entry, resultOf(early.get()))
        : Optional.empty();
    if (cached.isEmpty()) {
      // also when the guess failed: this read reports and removes a bad entry
      cached = builtFrom(snapshot, entry, read(entry, false));
    }
    if (cached.isPresent()) {
      if (!guessedRight) {
        remember(dir, entry, settings);
      }
      markUsed(entry);
      return cached.get();
    }
    KnowledgeBase loaded = KnowledgeBaseLoader.load(snapshot); // refuses a broken base, as always
    onMiss.accept(new PendingBuild(snapshot, entry));
    return loaded;
  }

  /**
   * {@code read}, if the entry holds the rules of {@code snapshot}; an entry that holds others
   * (filled by a heavylegs that read the folder again after hashing it, or tampered with) is removed.
   */
  private static Optional<KnowledgeBase> builtFrom(KbaseSnapshot snapshot, Path entry,
      Optional<KnowledgeBase> read) {
    if (read.isPresent() && !read.get().contentHash().equals(snapshot.hash())) {
      LOG.warn("ignoring the cache entry {}: it holds the knowledge base {}, not {}", entry,
          read.get().contentHash(), snapshot.hash());
      deleteQuietly(entry);
      return Optional.empty();
    }
    return read;
  }

  private static FutureTask<Optional<KnowledgeBase>> readInBackground(Path entry) {
    FutureTask<Optional<KnowledgeBase>> task = new FutureTask<>(() -> read(entry, true));
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

  /** The entry {@code dir} was last answered from, as noted by {@link #remember}. */
  private static Optional<Path> lastEntry(Path dir, Settings settings) {
    try {
      String name = Files.readString(pointerFor(dir, settings)).strip();
      return name.matches("[0-9a-f]{64}") ? Optional.of(settings.dir().resolve(name)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void remember(Path dir, Path entry, Settings settings) {
    try {
      Path pointer = pointerFor(dir, settings);
      Path written = Files.createTempFile(settings.dir(), ".last-", ".tmp");
      Files.writeString(written, entry.getFileName().toString());
      Files.move(written, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot note the last cache entry: {}", e.toString()); // only the next start is slower
    }
  }

  /** A small file naming the entry {@code dir} used last; keyed by the folder's absolute path. */
  private static Path pointerFor(Path dir, Settings settings) {
    return settings.dir().resolve(LAST_PREFIX + sha256(dir.toAbsolutePath().normalize().toString()));
  }

  /** Fills the entry for {@code dir} as it is now ({@code heavylegs cache --build}, and tests). */
  public static void build(Path dir, Settings settings) throws KbaseException, IOException {
    KbaseSnapshot snapshot = KbaseSnapshot.of(dir);
    Path entry = entryFor(snapshot, settings);
    build(snapshot, entry);
    remember(dir, entry, settings);
    prune(settings.dir(), entry);
  }

  /** How many entries the cache keeps: every edit of a knowledge base makes a new one. */
  static final int ENTRIES_KEPT = 20;

  /**
   * Deletes all but the {@link #ENTRIES_KEPT} entries used most recently (an entry's folder is
   * touched whenever it is used), never {@code keep}; and snapshots no build took up.
   */
  static void prune(Path cacheDir, Path keep) {
    Map<Path, FileTime> lastUsed = new HashMap<>(); // read once: another run may touch an entry meanwhile
    Instant abandoned = Instant.now().minus(Duration.ofHours(1)); // a build reads its snapshot at once
    try (Stream<Path> list = Files.list(cacheDir)) {
      list.forEach(p -> {
        String name = p.getFileName().toString();
        if (Files.isDirectory(p) && name.matches("[0-9a-f]{64}")) {
          lastUsed.put(p, lastUsed(p));
        } else if (name.startsWith(SNAPSHOT_PREFIX) && lastUsed(p).toInstant().isBefore(abandoned)) {
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
        .forEach(KbaseCache::deleteQuietly);
  }

  private static FileTime lastUsed(Path entry) {
    try {
      return Files.getLastModifiedTime(entry);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static void markUsed(Path entry) {
    try {
      Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // only matters for which entries a later prune keeps
    }
  }

  /** True when the cache holds {@code dir} as it is now. */
  public static boolean holds(Path dir, Settings settings) {
    try {
      return complete(entryFor(dir, settings));
    } catch (KbaseException e) {
      return false; // a folder that cannot be read whole is never cached
    }
  }

  private static boolean complete(Path entry) {
    return Files.isRegularFile(entry.resolve(KJAR)) && Files.isRegularFile(entry.resolve(KNOWLEDGE));
  }

  /** Empties the cache; returns how many entries it held. */
  public static int clear(Settings settings) throws IOException {
    if (!Files.isDirectory(settings.dir())) {
      return 0;
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(settings.dir())) {
      entries = list.toList();
    }
    int held = (int) entries.stream().filter(Files::isDirectory).count();
    entries.forEach(KbaseCache::deleteQuietly);
    return held;
  }

  /** The folder of the entry that holds {@code dir} as it is now. */
  static Path entryFor(Path dir, Settings settings) throws KbaseException {
    return entryFor(KbaseSnapshot.of(dir), settings);
  }

  /** The folder of the entry that holds {@code snapshot}: its hash, this build, how paths are shown. */
  static Path entryFor(KbaseSnapshot snapshot, Settings settings) {
    String key = sha256(snapshot.hash() + "\n" + buildOfHeavylegs() + "\n"
        + new KbasePaths(snapshot.dir()).root());
    return settings.dir().resolve(key);
  }

  /**
   * Fills {@code entry} from {@code snapshot}: every check of the loader runs on it first, and the
   * executable model is compiled from the very sources that passed them.
   */
  private static void build(KbaseSnapshot snapshot, Path entry) throws KbaseException, IOException {
    if (complete(entry)) {
      return;
    }
    KnowledgeBaseLoader.Checked checked = KnowledgeBaseLoader.checked(snapshot);
    KnowledgeBase loaded = checked.knowledgeBase();
    byte[] kjar = DroolsCompiler.executableModel(checked.sources(), "kbase-" + entry.getFileName());
    Knowledge knowledge = new Knowledge(snapshot.hash(), loaded.location(), loaded.questions(),
        loaded.wording(), loaded.reportWording(), loaded.rules(), loaded.warnings());
    Files.createDirectories(entry.getParent());
    Path building = Files.createTempDirectory(entry.getParent(), ".building-");
    try {
      Files.write(building.resolve(KJAR), kjar);
      try (DataOutputStream out = new DataOutputStream(
          new BufferedOutputStream(Files.newOutputStream(building.resolve(KNOWLEDGE))))) {
        KnowledgeCodec.write(knowledge, out);
      }
      // The entry appears whole or not at all.
      Files.move(building, entry, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.FileSystemException e) {
      if (!complete(entry)) { // else another process filled it first: same content, same entry
        throw e;
      }
    } finally {
      deleteQuietly(building);
    }
  }

  /**
   * Reads an entry; an unreadable one is reported and removed, unless {@code guess}: the entry
   * read ahead may be another build's (after an upgrade, say), which is not this build's to judge.
   */
  private static Optional<KnowledgeBase> read(Path entry, boolean guess) {
    long start = System.nanoTime();
    if (!Files.isRegularFile(entry.resolve(KJAR)) || !Files.isRegularFile(entry.resolve(KNOWLEDGE))) {
      return Optional.empty();
    }
    try {
      Knowledge knowledge = KnowledgeCodec.read(new DataInputStream(
          new ByteArrayInputStream(Files.readAllBytes(entry.resolve(KNOWLEDGE)))));
      long read = System.nanoTime();
      if (Thread.currentThread().isInterrupted()) {
        return Optional.empty();
      }
      KieBase compiled = DroolsCompiler.fromKjar(entry.resolve(KJAR));
      LOG.debug("cache entry read: knowledge {} ms, rules {} ms", (read - start) / 1_000_000,
          (System.nanoTime() - read) / 1_000_000);
      return Optional.of(new KnowledgeBase(knowledge.location(), knowledge.contentHash(),
          knowledge.questions(), knowledge.wording(), knowledge.reportWording(), knowledge.rules(),
          compiled, knowledge.warnings()));
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

  /**
   * Arranges for a separate process to fill the entry once this one ends, unless one is at it
   * already. Started earlier, the build (a second JVM compiling on a 2-core machine) slowed the
   * very consultation that needed it by about half a second.
   */
  private static void buildAtExit(PendingBuild pending) {
    Path entry = pending.entry();
    try {
      Files.createDirectories(entry.getParent());
      Path lock = entry.resolveSibling(entry.getFileName() + ".lock");
      if (Files.exists(lock)
          && Files.getLastModifiedTime(lock).toInstant().isAfter(Instant.now().minus(Duration.ofMinutes(2)))) {
        return;
      }
      Files.write(lock, new byte[0]);
      Files.setLastModifiedTime(lock, FileTime.from(Instant.now()));
      String java = ProcessHandle.current().info().command().orElse("java");
      List<String> command = new ArrayList<>();
      // At the lowest priority, so it does not slow down whatever runs next.
      Stream.of("/usr/bin/nice", "/bin/nice").filter(nice -> Files.isExecutable(Path.of(nice)))
          .findFirst().ifPresent(nice -> command.addAll(List.of(nice, "-n", "19")));
      command.addAll(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          "-cp", System.getProperty("java.class.path"), KbaseCache.class.getName()));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> spawn(command, pending, lock),
          "heavylegs-cache-build"));
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot fill the knowledge-base cache: {}", e.toString()); // the next run compiles again
    }
  }

  /**
   * Hands {@code pending} over and starts {@code command} on it, detached: a shell puts it in the
   * background, immune to the terminal closing, and ends at once. Had this JVM started the build as its own child, a thread would sit
   * waiting for that child, and a JVM about to exit waits about 0.3 s for threads in native code
   * before it gives up on them.
   */
  private static void spawn(List<String> command, PendingBuild pending, Path lock) {
    String[] arguments = null;
    try {
      // This run may have lasted longer than a lock lives: the build starts now, and so does the lock.
      Files.setLastModifiedTime(lock, FileTime.from(Instant.now()));
      arguments = pending.handOff();
      boolean throughShell = Files.isExecutable(Path.of("/bin/sh"));
      List<String> detached = new ArrayList<>();
      if (throughShell) {
        detached.addAll(List.of("/bin/sh", "-c", "trap '' HUP; \"$@\" </dev/null >/dev/null 2>&1 &",
            "heavylegs-cache-build"));
      }
      detached.addAll(command);
      detached.addAll(List.of(arguments));
      Process started = new ProcessBuilder(detached)
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (throughShell) {
        started.waitFor(2, java.util.concurrent.TimeUnit.SECONDS); // the shell ends as soon as the build is off
      }
    } catch (IOException | RuntimeException e) {
      // the lock expires after two minutes and the next run compiles again
      LOG.debug("cannot start the cache build: {}", e.toString());
      if (arguments != null) {
        deleteQuietly(Path.of(arguments[2]));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The background process: {@code KbaseCache <kbase dir> <entry> <snapshot>}, the snapshot written
   * by {@link PendingBuild#handOff}. The folder itself is not read again: it may have changed since.
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      LOG.warn("usage: KbaseCache <kbase dir> <entry> <snapshot>");
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
      Settings settings = new Settings(entry.getParent(), true, false);
      if (!entryFor(snapshot, settings).equals(entry)) {
        throw new IOException("the knowledge base handed over (" + snapshot.hash()
            + ") is not the one this entry is keyed by");
      }
      build(snapshot, entry);
      remember(dir, entry, settings);
      prune(entry.getParent(), entry);
    } catch (Exception e) {
      LOG.warn("cannot fill the knowledge-base cache entry {}: {}", entry, e.toString());
    } finally {
      try {
        Files.deleteIfExists(handedOver);
        Files.deleteIfExists(entry.resolveSibling(entry.getFileName() + ".lock"));
      } catch (IOException e) {
        // a stale lock expires after two minutes, a stale snapshot goes at a later prune
      }
    }
  }

  /** A new, empty file only its owner can read (the cache may sit in a shared folder). */
  private static Path privateFile(Path dir, String prefix) throws IOException {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Files.createTempFile(dir, prefix, ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return Files.createTempFile(dir, prefix, ".tmp");
  }

  /** Identifies this build of heavylegs: a cache entry from another build is not used. */
  private static String buildOfHeavylegs() {
    try {
      Path code = Path.of(KbaseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code + "@" + Files.getLastModifiedTime(code).toMillis() + "#" + System.getProperty("java.version");
    } catch (Exception e) {
      return "unknown#" + System.getProperty("java.version");
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteQuietly(Path path) {
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
