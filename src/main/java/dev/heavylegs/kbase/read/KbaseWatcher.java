package dev.heavylegs.kbase.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches a knowledge base folder and everything below it for changes, on a background thread. It
 * only notes that something changed; whoever asks decides when to reload, so a consultation never
 * changes under a half-typed answer.
 */
public final class KbaseWatcher implements AutoCloseable {

  private final Path dir;
  private final WatchService service;
  private final AtomicBoolean changed = new AtomicBoolean();
  private final Thread thread;

  /** Starts watching {@code dir}. */
  public KbaseWatcher(Path dir) {
    this.dir = dir;
    try {
      this.service = FileSystems.getDefault().newWatchService();
      registerAll();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + dir + ": " + e.getMessage(), e);
    }
    this.thread = new Thread(this::watch, "kbase-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  /** True once if something changed since the last call. */
  public boolean takeChange() {
    return changed.getAndSet(false);
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = service.take();
        for (var event : key.pollEvents()) {
          if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
              && event.context() instanceof Path name
              && Files.isDirectory(((Path) key.watchable()).resolve(name))) {
            registerAll(); // a new folder of rules, or a link to one
          }
        }
        changed.set(true);
        key.reset();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    } catch (IOException e) {
      changed.set(true); // cannot tell what changed: let the next check reload
    }
  }

  /**
   * Watches every folder the loader reads, through the links it follows (registering a folder twice
   * changes nothing). A link it refuses is not watched: the next load reports it anyway.
   */
  private void registerAll() throws IOException {
    List<Path> folders = KbaseFiles.walk(dir, new KbasePaths(dir)).folders();
    for (Path folder : folders.isEmpty() ? List.of(dir) : folders) {
      folder.register(
          service,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // nothing left to release
    }
    thread.interrupt();
  }

  @Override
  public String toString() {
    return "watching " + dir;
  }
}
