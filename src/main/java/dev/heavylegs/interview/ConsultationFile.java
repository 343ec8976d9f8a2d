package dev.heavylegs.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.questions.AnswerParser;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.AnswersReader;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.QuestionCatalogue;
import dev.heavylegs.report.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A consultation on disk: the answers (those left unknown as {@code "unknown"}), the content hash of
 * the knowledge base it was run on, and what it concluded. Its {@code answers} object is an ordinary
 * answers file, and any answers file can be read as a consultation with no hash and no outcome.
 *
 * <p>Writing is atomic: the file is written beside its target, flushed to disk, then renamed over
 * it, so a crash or Ctrl-C leaves either the old file or the new one, never half of one.
 */
public final class ConsultationFile {

  /** Marks a saved consultation, as opposed to a plain answers file. */
  static final String FORMAT = "heavylegs-consultation/1";

  /** Made on first save, not when a consultation merely starts: setting one up takes 0.1 s. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * A consultation read from disk.
   *
   * @param answers the answers, validated against the current catalogue
   * @param kbaseHash the knowledge base it was saved with; empty for a plain answers file
   * @param outcome what it concluded when saved; empty for a plain answers file
   * @param leftOut saved answers that no longer fit the current knowledge base, with why
   */
  public record Loaded(Answers answers, Optional<String> kbaseHash, Optional<Outcome> outcome,
      List<String> leftOut) {
    /** True when this was a saved consultation, not a plain answers file. */
    public boolean isSaved() {
      return kbaseHash.isPresent();
    }
  }

  private ConsultationFile() {}

  /** Reads a saved consultation or a plain answers file. */
  public static Loaded read(Path file, QuestionCatalogue catalogue) throws InvalidAnswerException {
    return read(parsed(file), catalogue);
  }

  /** The file parsed, not yet checked against a catalogue (which may still be loading). */
  public record Parsed(String name, JsonNode root) {}

  /** True when {@code file} holds a consultation saved by heavylegs (which saving may replace). */
  static boolean isSavedConsultation(Path file) {
    try {
      return FORMAT.equals(parsed(file).root().path("format").asText());
    } catch (InvalidAnswerException | RuntimeException e) {
      return false;
    }
  }

  /** Reads and parses {@code file}, with a one-line error when it is missing or malformed. */
  public static Parsed parsed(Path file) throws InvalidAnswerException {
    String name = file.toString();
    return new Parsed(name, AnswersReader.tree(name, AnswersReader.text(file), AnswersReader.isYaml(name)));
  }

  /** A parsed file checked against {@code catalogue}. */
  public static Loaded read(Parsed file, QuestionCatalogue catalogue) throws InvalidAnswerException {
    String name = file.name();
    JsonNode root = file.root();
    AnswersReader reader = new AnswersReader(catalogue);
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      return new Loaded(reader.fromTree(name, root), Optional.empty(), Optional.empty(), List.of());
    }
    // Saved with a knowledge base that may have changed since: keep what still fits, say what not.
    List<String> leftOut = new ArrayList<>();
    Answers answers = reader.validOnes(name, root.path("answers"), leftOut);
    String hash = root.path("kbase").path("hash").asText("");
    return new Loaded(answers, Optional.of(hash), outcome(root.path("outcome")), List.copyOf(leftOut));
  }

  /**
   * {@code answers} checked again against {@code catalogue} (after the knowledge base changed):
   * those that no longer fit are left out, and why is added to {@code leftOut}.
   */
  public static Answers revalidated(Answers answers, QuestionCatalogue catalogue, List<String> leftOut) {
    ObjectNode tree = NODES.objectNode();
    answers.given().forEach((id, answer) -> tree.set(id, json(answer)));
    answers.unknown().forEach(id -> tree.put(id, AnswerParser.UNKNOWN));
    try {
      return new AnswersReader(catalogue).validOnes("your answers", tree, leftOut);
    } catch (InvalidAnswerException e) {
      throw new IllegalStateException("an object of answers is always readable", e);
    }
  }

  /** Writes {@code answers} and their outcome to {@code file}, atomically. */
  public static void write(Path file, Answers answers, String kbaseHash, Outcome outcome)
      throws IOException {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("saved", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    root.putObject("kbase").put("hash", kbaseHash);
    ObjectNode given = root.putObject("answers");
    answers.given().forEach((id, answer) -> given.set(id, json(answer)));
    answers.unknown().forEach(id -> given.put(id, AnswerParser.UNKNOWN));
    root.set("outcome", Json.MAPPER.valueToTree(outcome));
    writeAtomically(file, Json.MAPPER.writeValueAsBytes(root));
  }

  /**
   * Checks that a consultation can be saved to {@code file} before any question is asked.
   *
   * @throws IOException saying why not, in words that name {@code file} and not a temporary file
   */
  public static void checkWritable(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new IOException("cannot save to " + file + ": it is a folder");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException("cannot save to " + file + ": the folder " + folder + " does not exist");
    }
    if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
      throw new IOException("cannot save to " + file + ": permission denied");
    }
  }

  private static void writeAtomically(Path file, byte[] content) throws IOException {
    try {
      writeThroughTemporary(file.toAbsolutePath(), content);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException("the folder " + file.toAbsolutePath().getParent() + " does not exist", e);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new IOException("permission denied", e);
    }
  }

  private static void writeThroughTemporary(Path target, byte[] content) throws IOException {
    Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
        out.write(content);
        out.write('\n');
        out.flush();
        channel.force(true);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static JsonNode json(GivenAnswer answer) {
    if (answer instanceof GivenAnswer.Number number) {
      double value = number.value();
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? NODES.numberNode((long) value)
          : NODES.numberNode(value);
    }
    if (answer instanceof GivenAnswer.Flag flag) {
      return NODES.textNode(flag.value() ? "yes" : "no");
    }
    if (answer instanceof GivenAnswer.Choice choice) {
      return NODES.textNode(choice.value());
    }
    ArrayNode values = NODES.arrayNode();
    ((GivenAnswer.Choices) answer).values().forEach(values::add);
    return values;
  }

  private static Optional<Outcome> outcome(JsonNode node) {
    if (!node.isObject()) {
      return Optional.empty();
    }
    return Optional.of(new Outcome(strings(node.path("causes")), strings(node.path("conditions")),
        strings(node.path("recommendations")), map(node.path("referrals")), map(node.path("titles"))));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static Map<String, String> map(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
    return values;
  }
}
