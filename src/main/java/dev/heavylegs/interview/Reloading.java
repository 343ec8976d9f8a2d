package dev.heavylegs.interview;

import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import java.util.function.BooleanSupplier;

/**
 * How an interview gets a fresh knowledge base: on the {@code reload} command, and, when watching,
 * whenever the files changed on disk.
 *
 * @param loader builds the knowledge base again from disk
 * @param changedOnDisk true once after each change on disk; always false when not watching
 * @param watching whether the folder is watched ({@code --watch}): then a change is checked at
 *     once, in the background
 */
public record Reloading(Loader loader, BooleanSupplier changedOnDisk, boolean watching) {

  /** Reloading from a folder that is watched for changes. */
  public Reloading(Loader loader, BooleanSupplier changedOnDisk) {
    this(loader, changedOnDisk, true);
  }

  /** Builds the knowledge base; a base with errors throws and is never used. */
  @FunctionalInterface
  public interface Loader {
    KnowledgeBase load() throws KbaseException;
  }

  /** For an interview that cannot reload (tests, or no folder to reload from). */
  public static Reloading none(KnowledgeBase knowledgeBase) {
    return new Reloading(() -> knowledgeBase, () -> false, false);
  }
}
