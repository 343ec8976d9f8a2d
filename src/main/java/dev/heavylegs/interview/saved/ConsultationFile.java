package dev.heavylegs.interview.saved;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.files.OutputFile;
import dev.heavylegs.json.JsonTrees;
import dev.heavylegs.questions.AnswerParser;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.QuestionCatalogue;
import dev.heavylegs.questions.file.AnswersReader;
import dev.heavylegs.report.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A consultation on disk: the answers (those left unknown as {@code "unknown"}), the content hash
 * of the knowledge base it was run on, what it concluded, and the red flags the runner chose to go
 * on past (a file saved before that field existed has none). Its {@code answers} object is an
 * ordinary answers file, and any answers file can be read as a consultation with no hash and no
 * outcome.
 *
 * <p>Writing is atomic and replaces only a saved consultation (or, with {@code --force}, any
 * regular file), kept private: see {@link OutputFile}.
 */
public final class ConsultationFile {

  /** Marks a saved consultation, as opposed to a plain answers file. */
  static final String FORMAT = "heavylegs-consultation/1";

  /** Made on first save, not when a consultation merely starts: setting one up takes 0.1 s. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The red flags the runner went on past, by id, with the urgency they were shown at. */
  private static final String ACKNOWLEDGED = "red-flags-acknowledged";

  /**
   * A consultation read from disk.
   *
   * @param answers the answers, validated against the current catalogue
   * @param kbaseHash the knowledge base it was saved with; empty for a plain answers file
   * @param outcome what it concluded when saved; empty for a plain answers file
   * @param leftOut saved answers that no longer fit the current knowledge base, with why
   * @param acknowledgedRedFlags the red flags the runner chose to go on past, id to urgency; empty
   *     for a plain answers file and for a consultation saved before any was
   */
  public record Loaded(
      Answers answers,
      Optional<String> kbaseHash,
      Optional<Outcome> outcome,
      List<String> leftOut,
      Map<String, String> acknowledgedRedFlags) {
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

  /**
   * True when {@code start} is the whole of a consultation saved by heavylegs (which saving may
   * replace): a saved consultation is a few kilobytes of JSON that names its format.
   */
  static boolean isSavedConsultation(byte[] start, boolean whole) {
    if (!whole) {
      return false;
    }
    try {
      JsonNode root =
          JsonTrees.parse(
              AnswersReader.withoutByteOrderMark(new String(start, StandardCharsets.UTF_8)));
      return FORMAT.equals(root.path("format").asText());
    } catch (JsonProcessingException | RuntimeException e) {
      return false;
    }
  }

  /** Reads and parses {@code file}, with a one-line error when it is missing or malformed. */
  public static Parsed parsed(Path file) throws InvalidAnswerException {
    String name = file.toString();
    return new Parsed(
        name, AnswersReader.tree(name, AnswersReader.text(file), AnswersReader.isYaml(name)));
  }

  /** A parsed file checked against {@code catalogue}. */
  public static Loaded read(Parsed file, QuestionCatalogue catalogue)
      throws InvalidAnswerException {
    String name = file.name();
    JsonNode root = file.root();
    AnswersReader reader = new AnswersReader(catalogue);
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      return new Loaded(
          reader.fromTree(name, root), Optional.empty(), Optional.empty(), List.of(), Map.of());
    }
    // Saved with a knowledge base that may have changed since: keep what still fits, say what not.
    List<String> leftOut = new ArrayList<>();
    Answers answers = reader.validOnes(name, root.path("answers"), leftOut);
    String hash = root.path("kbase").path("hash").asText("");
    return new Loaded(
        answers,
        Optional.of(hash),
        outcome(root.path("outcome")),
        List.copyOf(leftOut),
        Map.copyOf(map(root.path(ACKNOWLEDGED))));
  }

  /**
   * {@code answers} checked again against {@code catalogue} (after the knowledge base changed):
   * those that no longer fit are left out, and why is added to {@code leftOut}.
   */
  public static Answers revalidated(
      Answers answers, QuestionCatalogue catalogue, List<String> leftOut) {
    ObjectNode tree = NODES.objectNode();
    answers.given().forEach((id, answer) -> tree.set(id, json(answer)));
    answers.unknown().forEach(id -> tree.put(id, AnswerParser.UNKNOWN));
    try {
      return new AnswersReader(catalogue).validOnes("your answers", tree, leftOut);
    } catch (InvalidAnswerException e) {
      throw new IllegalStateException("an object of answers is always readable", e);
    }
  }

  /**
   * Writes {@code answers} and their outcome to {@code file}, atomically (see {@link OutputFile}).
   * Whether the file may be replaced is checked before, once: {@link #checkWritable}.
   *
   * @throws OutputFile.Failure naming the file
   */
  public static void write(Path file, Answers answers, String kbaseHash, Outcome outcome)
      throws IOException {
    write(file, answers, kbaseHash, outcome, Map.of());
  }

  /**
   * Writes as {@link #write(Path, Answers, String, Outcome)}, with the red flags the runner chose
   * to go on past ({@code acknowledgedRedFlags}, id to urgency): on resume they are recalled, not
   * stopped at again.
   */
  public static void write(
      Path file,
      Answers answers,
      String kbaseHash,
      Outcome outcome,
      Map<String, String> acknowledgedRedFlags)
      throws IOException {
    saving(file).write(content(answers, kbaseHash, outcome, acknowledgedRedFlags));
  }

  /** The saved consultation's bytes, as {@link #write} writes them (for {@code --save -}). */
  public static byte[] content(Answers answers, String kbaseHash, Outcome outcome)
      throws IOException {
    return content(answers, kbaseHash, outcome, Map.of());
  }

  private static byte[] content(
      Answers answers, String kbaseHash, Outcome outcome, Map<String, String> acknowledgedRedFlags)
      throws IOException {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("saved", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    root.putObject("kbase").put("hash", kbaseHash);
    ObjectNode given = root.putObject("answers");
    answers.given().forEach((id, answer) -> given.set(id, json(answer)));
    answers.unknown().forEach(id -> given.put(id, AnswerParser.UNKNOWN));
    root.set("outcome", Json.MAPPER.valueToTree(outcome));
    if (!acknowledgedRedFlags.isEmpty()) {
      ObjectNode acknowledged = root.putObject(ACKNOWLEDGED);
      acknowledgedRedFlags.forEach(acknowledged::put);
    }
    byte[] json = Json.MAPPER.writeValueAsBytes(root);
    byte[] content = Arrays.copyOf(json, json.length + 1);
    content[json.length] = '\n';
    return content;
  }

  /**
   * Checks that a consultation can be saved to {@code file} before any question is asked: a new
   * file in an existing folder, or a saved consultation, or with {@code force} any regular file.
   *
   * @throws IOException saying why not, in one line that names {@code file} and not a temporary
   *     file
   */
  public static void checkWritable(Path file, boolean force) throws IOException {
    saving(file).checkReplaceable(force);
  }

  /**
   * Why a save to {@code file} is refused without {@code --force}, in words for the prompt ({@code
   * "notes.txt exists and is not a saved consultation"}); empty when it is not.
   */
  public static Optional<String> refusal(Path file) {
    try {
      saving(file).checkReplaceable(false);
      return Optional.empty();
    } catch (OutputFile.Refused e) {
      return Optional.of(file + " " + e.reason());
    } catch (IOException e) {
      return Optional.empty(); // the save itself will say what went wrong
    }
  }

  /** What went wrong in a save, without the file's name (the prompt names it). */
  public static String reason(IOException e) {
    return e instanceof OutputFile.Failure failure ? failure.reason() : e.getMessage();
  }

  private static OutputFile saving(Path file) {
    return new OutputFile(
        file, "save to", "a saved consultation", ConsultationFile::isSavedConsultation);
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
    return Optional.of(
        new Outcome(
            strings(node.path("causes")),
            strings(node.path("conditions")),
            strings(node.path("recommendations")),
            map(node.path("referrals")),
            map(node.path("titles"))));
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
