package dev.heavylegs;

import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The knowledge base shipped in {@code kbase/}, loaded once for all tests that only read it. */
public final class ShippedKbase {

  public static final Path DIR = Path.of("kbase");

  private static KnowledgeBase loaded;

  private ShippedKbase() {}

  /** A copy of the shipped kbase in {@code target}, for tests that edit it. */
  public static Path copyTo(Path target) throws IOException {
    try (Stream<Path> files = Files.walk(DIR)) {
      for (Path source : files.toList()) {
        Path copy = target.resolve(DIR.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    }
    return target;
  }

  /**
   * Replaces {@code from} by {@code to} in a kbase file, failing the test if {@code from} is not
   * there.
   */
  public static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    org.assertj.core.api.Assertions.assertThat(text)
        .as("test setup: %s contains the text to replace", file)
        .contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  public static synchronized KnowledgeBase get() {
    if (loaded == null) {
      try {
        loaded = KnowledgeBaseLoader.load(DIR);
      } catch (KbaseException e) {
        throw new AssertionError("the shipped kbase does not load: " + e.problems(), e);
      }
    }
    return loaded;
  }
}
