package dev.heavylegs.cli;

import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.cache.KbaseCache;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Where commands get their knowledge base. A consultation can start loading it before the command
 * line and the answers are even parsed, on a second core, since loading is most of its start-up.
 */
final class KnowledgeBaseSource {

  private final Optional<Path> early;
  private final CompletableFuture<KnowledgeBase> loading;

  private KnowledgeBaseSource(Optional<Path> early) {
    this.early = early;
    this.loading =
        early
            .map(
                dir ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            return KbaseCache.load(dir, KbaseCache.Settings.fromEnvironment());
                          } catch (KbaseException e) {
                            throw new CompletionException(e);
                          }
                        }))
            .orElse(null);
  }

  /** Loads on demand only. */
  static KnowledgeBaseSource onDemand() {
    return new KnowledgeBaseSource(Optional.empty());
  }

  /** Starts loading the knowledge base in {@code dir} now. */
  static KnowledgeBaseSource startingWith(Path dir) {
    return new KnowledgeBaseSource(Optional.of(dir));
  }

  /** The knowledge base in {@code dir}, through the cache. */
  KnowledgeBase get(Path dir) throws KbaseException {
    if (early.isPresent() && early.get().equals(dir)) {
      try {
        return loading.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof KbaseException kbase) {
          throw kbase;
        }
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return KbaseCache.load(dir, KbaseCache.Settings.fromEnvironment());
  }
}
