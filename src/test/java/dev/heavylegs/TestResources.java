package dev.heavylegs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files under {@code src/test/resources}, as the test class path holds them. */
public final class TestResources {

  private TestResources() {}

  /** The file or folder {@code name} (say {@code broken/conditions/syntax-error.drl}). */
  public static Path path(String name) {
    URL url = TestResources.class.getResource("/" + name);
    if (url == null) {
      throw new AssertionError("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(String name) {
    try {
      return Files.readString(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the files in {@code folder} that end in {@code suffix}, in name order. */
  public static List<String> names(String folder, String suffix) {
    try (Stream<Path> files = Files.list(path(folder))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The first sentence of the comment that opens a resource file ({@code //} or {@code #} lines, or
   * the first cell of a CSV file): what the file is for, to name a test case by.
   */
  public static String summary(String name) {
    StringBuilder comment = new StringBuilder();
    for (String line : text(name).lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.startsWith("//") || trimmed.startsWith("#")) {
        comment.append(trimmed.replaceFirst("^(//|#)\\s?", "")).append(' ');
      } else if (trimmed.startsWith("\"") && comment.isEmpty()) {
        comment.append(trimmed.replaceAll("^\"|\"$", ""));
        break;
      } else if (!trimmed.isEmpty() || !comment.isEmpty()) {
        break;
      }
    }
    String text = comment.toString().strip();
    int end = text.indexOf(". ");
    return end < 0 ? text.replaceFirst("\\.$", "") : text.substring(0, end);
  }
}
