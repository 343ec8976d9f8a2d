package dev.heavylegs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A file of {@code src/test/resources} put into a knowledge base, by the folder it is in: a file
 * under {@code conditions/} or {@code scenarios/} is added to that folder of the knowledge base,
 * together with the files of the same name beside it (a rule file's wording); a file under {@code
 * questions/} is appended to {@code questions.yaml}.
 *
 * @param file where it went
 * @param linesBefore the lines of the knowledge base's file above it (appended to what was there)
 */
public record PlacedFile(Path file, int linesBefore) {

  /** Puts {@code resource} (say {@code broken/conditions/syntax-error.drl}) into {@code kbase}. */
  public static PlacedFile put(Path kbase, String resource) throws IOException {
    Path source = TestResources.path(resource);
    String folder = source.getParent().getFileName().toString();
    switch (folder) {
      case "questions" -> {
        Path questions = kbase.resolve("questions.yaml");
        int before = Files.readAllLines(questions).size();
        Files.writeString(questions, Files.readString(source), StandardOpenOption.APPEND);
        return new PlacedFile(questions, before);
      }
      case "conditions", "scenarios" -> {
        String stem = stem(source);
        for (Path sibling : siblings(source)) {
          if (stem(sibling).equals(stem)) {
            Files.copy(sibling, kbase.resolve(folder).resolve(sibling.getFileName().toString()));
          }
        }
        return new PlacedFile(kbase.resolve(folder).resolve(source.getFileName().toString()), 0);
      }
      default ->
          throw new AssertionError("test setup: " + resource + " is not in a folder a kbase has");
    }
  }

  /**
   * A problem as the knowledge base reports it, from {@code "line:col: message"} where the line is
   * a line of the resource file: {@code "<file>:<line in the kbase>:<col>: message"}.
   */
  public String at(String lineColumnMessage) {
    int colon = lineColumnMessage.indexOf(':');
    int line = Integer.parseInt(lineColumnMessage.substring(0, colon));
    return file + ":" + (linesBefore + line) + lineColumnMessage.substring(colon);
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
  }

  private static List<Path> siblings(Path file) throws IOException {
    try (var listing = Files.list(file.getParent())) {
      return listing.toList();
    }
  }
}
