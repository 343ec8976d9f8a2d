package dev.heavylegs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.heavylegs.kbase.EngineRules;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The knowledge base shipped in {@code kbase/}, loaded once for all tests that only read it; and
 * what tests need to know of it, read off its files, so that an expert's edit does not break them.
 */
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
    assertThat(text).as("test setup: %s contains the text to replace", file).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  /**
   * Retunes a threshold of {@code conditions/thresholds.drl.csv} in the kbase at {@code kbase}: the
   * row for {@code question} whose first number is {@code from} gets {@code to}, as an expert would
   * change it.
   */
  public static void retune(Path kbase, String question, String from, String to)
      throws IOException {
    edit(
        kbase.resolve("conditions/thresholds.drl.csv"),
        "\"" + question + "\",\"" + from + "\"",
        "\"" + question + "\",\"" + to + "\"");
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

  /** How many rules the shipped kbase has, as the engine counts them once compiled. */
  public static int ruleCount() {
    return EngineRules.count(get());
  }

  /** How many questions {@code questions.yaml} lists, read as plain YAML. */
  public static int questionCount() {
    try {
      return new ObjectMapper(new YAMLFactory())
          .readTree(DIR.resolve("questions.yaml").toFile())
          .path("questions")
          .size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The causes: one per rule file in {@code causes/}, named for it, as the authoring guide lays
   * them out.
   */
  public static List<String> causes() {
    try (Stream<Path> files = Files.list(DIR.resolve("causes"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".drl"))
          .map(n -> n.substring(0, n.length() - ".drl".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The line (from 1) of {@code file}, a path inside the kbase, where {@code text} first appears.
   */
  public static int lineOf(String file, String text) {
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("test setup: no line of kbase/" + file + " holds " + text);
  }

  /**
   * The line (from 1) of the rule declaration, {@code rule "..."}, of the first rule in {@code
   * file} that holds {@code text}: where the checks place a problem of that rule.
   */
  public static int lineOfRuleWith(String file, String text) {
    List<String> lines = lines(file);
    int rule = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("rule \"")) {
        rule = i + 1;
      }
      if (rule > 0 && lines.get(i).contains(text)) {
        return rule;
      }
    }
    throw new AssertionError("test setup: no rule of kbase/" + file + " holds " + text);
  }

  public static List<String> lines(String file) {
    try {
      return Files.readAllLines(DIR.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
