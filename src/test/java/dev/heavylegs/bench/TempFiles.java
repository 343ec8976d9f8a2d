package dev.heavylegs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Removing what the benchmarks wrote to the temporary folder (cache entries of a 1000-rule base are
 * MBs).
 */
final class TempFiles {

  private TempFiles() {}

  /** Deletes {@code path} and everything below it, if it exists. */
  static void delete(Path path) {
    if (path == null || !Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
