package dev.heavylegs.questions.file;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.heavylegs.json.JsonTrees;
import dev.heavylegs.questions.AnswerParser;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.ConsistencyRule;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import dev.heavylegs.questions.QuestionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an answers file (a JSON object, or YAML for {@code .yaml}/{@code .yml}) and validates every
 * answer against the catalogue. The first problem found stops the reading with a one-line message
 * naming the file, the question id and the value.
 */
public final class AnswersReader {

  /**
   * Made on first use: YAML answers are rare, and a mapper costs a tenth of a second to set up. A
   * key given twice is refused, as in JSON.
   */
  private static final class Yaml {
    static final ObjectMapper MAPPER =
        YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * The one document in {@code text}; a second one (after {@code ---}) is refused, not ignored.
     */
    static JsonNode parse(String text) throws IOException {
      try (JsonParser parser = new WithoutAliases((YAMLParser) MAPPER.createParser(text))) {
        JsonNode tree = JsonTrees.read(parser);
        if (parser.nextToken() != null) {
          throw new JsonParseException(
              parser, "more than one document (a second '---'): put every answer in one");
        }
        return tree;
      }
    }
  }

  /**
   * A YAML parser that refuses aliases: Jackson's gives {@code *x} as the text "x", so an alias
   * would be read as a wrong answer, and resolving aliases is how YAML bombs blow up.
   */
  private static final class WithoutAliases extends JsonParserDelegate {
    private final YAMLParser yaml;

    WithoutAliases(YAMLParser yaml) {
      super(yaml);
      this.yaml = yaml;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = super.nextToken();
      if (yaml.isCurrentAlias()) {
        throw new AliasRefused(this, questionId(), yaml.getText());
      }
      return token;
    }

    /** The top-level key the current value is under: the question it answers. */
    private String questionId() {
      JsonStreamContext context = getParsingContext();
      while (context.getParent() != null && !context.getParent().inRoot()) {
        context = context.getParent();
      }
      return context.getCurrentName();
    }
  }

  /** An alias in YAML answers; its message is the line to show after the file name. */
  private static final class AliasRefused extends JsonParseException {
    private static final long serialVersionUID = 1L;

    AliasRefused(JsonParser parser, String questionId, String alias) {
      super(
          parser,
          (questionId == null ? "" : AnswerParser.shownId(questionId) + ": ")
              + "YAML aliases (*"
              + alias
              + ") are not allowed in an answers file; write the value itself (line "
              + parser.currentTokenLocation().getLineNr()
              + ")");
    }
  }

  /** The key a batch line names its runner with; an answers file may carry it too. */
  public static final String PROFILE_ID = "id";

  private final QuestionCatalogue catalogue;

  public AnswersReader(QuestionCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The validated answers in {@code file}. */
  public Answers read(Path file) throws InvalidAnswerException {
    String name = file.toString();
    return parse(name, text(file), isYaml(name));
  }

  /** The validated answers in {@code text}, reported as coming from {@code sourceName}. */
  public Answers parse(String sourceName, String text, boolean yaml) throws InvalidAnswerException {
    return fromTree(sourceName, tree(sourceName, text, yaml));
  }

  /**
   * The text of an answers file (at most 1 MiB of UTF-8), read from disk with a one-line error
   * naming it; a byte-order mark (as Windows editors write) is left out.
   */
  public static String text(Path file) throws InvalidAnswerException {
    return withoutByteOrderMark(AnswersFileText.read(file));
  }

  /** {@code text} without the byte-order mark some editors and spreadsheets put first. */
  public static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** {@code text} parsed as JSON or YAML, with a one-line error naming the source and position. */
  public static JsonNode tree(String sourceName, String text, boolean yaml)
      throws InvalidAnswerException {
    try {
      return yaml ? Yaml.parse(text) : JsonTrees.parse(text);
    } catch (AliasRefused e) {
      throw new InvalidAnswerException(sourceName + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new InvalidAnswerException(sourceName + ": " + SyntaxErrorText.of(e, yaml), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a string does no I/O
    }
  }

  /**
   * The validated answers in an already parsed JSON or YAML tree; answers that break one of the
   * catalogue's consistency rules are refused, naming them all.
   */
  public Answers fromTree(String sourceName, JsonNode root) throws InvalidAnswerException {
    if (root == null || root.isMissingNode() || !root.isObject()) {
      String found = root == null || root.isMissingNode() ? "nothing" : describe(root);
      throw new InvalidAnswerException(
          sourceName
              + ": expected an object of answers like {\"question-id\": value}, found "
              + found);
    }
    Answers answers = answers(sourceName, root);
    Optional<ConsistencyRule.Violation> violation = catalogue.firstViolation(answers.given());
    if (violation.isPresent()) {
      throw new InvalidAnswerException(sourceName + ": " + violation.get().describe());
    }
    return answers;
  }

  /**
   * The answers in {@code root} that are still valid, for a consultation saved with an older
   * knowledge base: each answer that no longer fits (a question removed, a range or choice changed)
   * is left out, and why is added to {@code leftOut}.
   */
  public Answers validOnes(String sourceName, JsonNode root, List<String> leftOut)
      throws InvalidAnswerException {
    if (root == null || !root.isObject()) {
      return fromTree(sourceName, root);
    }
    Map<String, GivenAnswer> given = new LinkedHashMap<>();
    Set<String> unknown = new LinkedHashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      ObjectNode one = JsonNodeFactory.instance.objectNode();
      one.set(field.getKey(), field.getValue());
      try {
        Answers answer = answers(sourceName, one);
        given.putAll(answer.given());
        unknown.addAll(answer.unknown());
      } catch (InvalidAnswerException e) {
        leftOut.add(e.getMessage());
        keptChoices(field.getKey(), field.getValue())
            .ifPresent(kept -> given.put(field.getKey(), kept));
      }
    }
    return new Answers(given, unknown);
  }

  /**
   * Of a list of choices that no longer fits as a whole, the choices that still do: a symptom
   * renamed in the catalogue must not take the saved chest pain with it. Empty when none fits (an
   * empty list would claim "none of these", which the runner never said).
   */
  private Optional<GivenAnswer> keptChoices(String id, JsonNode value) {
    Optional<Question> question = catalogue.find(id);
    if (question.isEmpty()
        || question.get().type() != QuestionType.MULTI_CHOICE
        || !value.isArray()) {
      return Optional.empty();
    }
    ArrayNode fitting = JsonNodeFactory.instance.arrayNode();
    value.forEach(
        choice -> {
          try {
            AnswerParser.parse(question.get(), JsonNodeFactory.instance.arrayNode().add(choice));
            fitting.add(choice);
          } catch (InvalidAnswerException e) {
            // left out, and already said why
          }
        });
    if (fitting.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(AnswerParser.parse(question.get(), fitting));
    } catch (InvalidAnswerException e) {
      return Optional.empty();
    }
  }

  private Answers answers(String sourceName, JsonNode root) throws InvalidAnswerException {
    Map<String, GivenAnswer> given = new LinkedHashMap<>();
    Set<String> unknown = new LinkedHashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String id = field.getKey();
      if (id.equals(PROFILE_ID) && catalogue.find(id).isEmpty()) {
        continue; // a batch line's id: it names the runner, it answers nothing
      }
      Question question = catalogue.find(id).orElseThrow(() -> unknownQuestion(sourceName, id));
      if (AnswerParser.isUnknown(field.getValue())) {
        unknown.add(id);
        continue;
      }
      try {
        given.put(id, AnswerParser.parse(question, field.getValue()));
      } catch (InvalidAnswerException e) {
        throw new InvalidAnswerException(
            sourceName + ": " + AnswerParser.shownId(id) + ": " + e.getMessage());
      }
    }
    return new Answers(given, unknown);
  }

  private InvalidAnswerException unknownQuestion(String sourceName, String id) {
    String hint = catalogue.closestId(id).map(c -> " (did you mean " + c + "?)").orElse("");
    return new InvalidAnswerException(
        sourceName + ": " + AnswerParser.shownId(id) + ": unknown question" + hint);
  }

  private static String describe(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean() || node.isNull()) {
      return node.asText(); // true, false or null
    }
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** True for {@code .yaml} and {@code .yml} files. */
  public static boolean isYaml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }
}
