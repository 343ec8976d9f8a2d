package dev.heavylegs.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.questions.file.AnswersReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswersReaderTest {

  private final AnswersReader reader = new AnswersReader(ShippedKbase.get().questions());

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"temperature-c\": 400}              | answers.json: temperature-c: 400 is outside -30..50 °C",
        "{\"toe-room-cm\": -1}                 | answers.json: toe-room-cm: -1 is outside 0..5 cm",
        "{\"runs-per-week\": 3.5}              | answers.json: runs-per-week: 3.5 is not a whole number",
        "{\"months-running\": \"ten\"}         | answers.json: months-running: \"ten\" is not a number",
        "{\"lifts-heavy\": \"maybe\"}          | answers.json: lifts-heavy: \"maybe\" is not yes or no (true or false)",
        "{\"usual-effort\": \"brutal\"}        | answers.json: usual-effort: \"brutal\" is not one of: easy, moderate, hard",
        "{\"diet\": 3}                         | answers.json: diet: 3 is not one of: omnivore, vegetarian, vegan",
        "{\"symptoms\": [\"sore-feet\"]}       | answers.json: symptoms: \"sore-feet\" is not one of:",
        "{\"symptoms\": {\"a\": 1}}            | answers.json: symptoms: {\"a\":1} is not a list of choices",
        "{\"temprature-c\": 30}                | answers.json: temprature-c: unknown question (did you mean temperature-c?)",
        "{\"favourite-colour\": \"red\"}       | answers.json: favourite-colour: unknown question",
        "[1, 2]                                | answers.json: expected an object of answers like {\"question-id\": value}, found a list",
        "\"hello\"                             | answers.json: expected an object of answers like {\"question-id\": value}, found a string",
        "{\"temperature-c\": 30,               | answers.json: not valid JSON:",
        "{\"temperature-c\": 30} {}            | answers.json: not valid JSON:",
      })
  void invalidAnswersGiveOneLineNamingFileQuestionAndValue(String json, String expected)
      throws Exception {
    Path file = Files.writeString(dir.resolve("answers.json"), json);

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageStartingWith(
            dir.resolve("answers.json") + ": " + expected.substring("answers.json: ".length()))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the later empty list must not silently take the chest pain away, nor the earlier one stay
        "answers.json | {\"symptoms\": [\"chest-pain\"], \"months-running\": 40, \"symptoms\": []} | symptoms: answered twice (line 1, column 62); give each answer once",
        "answers.yaml | 'symptoms: [chest-pain]\nsymptoms: []\n'                                       | symptoms: answered twice (line 2, column 9); give each answer once",
        "answers.yaml | 'symptoms: []\n---\nsymptoms: [chest-pain]\n'                                | not valid YAML: more than one document",
      })
  void anAnswerGivenTwiceIsRefusedNotHalfRead(String name, String text, String expected)
      throws Exception {
    Path file = Files.writeString(dir.resolve(name), text);

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageStartingWith(file + ": " + expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  /** Jackson's and SnakeYAML's own messages name Java types, character codes and sources. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "answers.json | {\"temperature-c\": 30                | not valid JSON: the text ends before the closing } (line 1, column 21)",
        "answers.json | {\"temperature-c\": }                 | not valid JSON: unexpected '}': expected an answer (a number, \"text\", true, false, null or a list) (line 1, column 19)",
        "answers.json | {temperature-c: 30}                  | not valid JSON: unexpected 't': expected a question id in double quotes (or a comma too many before it) (line 1, column 2)",
        "answers.json | {\"lifts-heavy\": yes}              | not valid JSON: yes is not a JSON value: text must be in double quotes (\"yes\") (line 1, column 20)",
        "answers.json | {\"usual-effort\": 'hard'}          | not valid JSON: text must be in double quotes (\"...\"), not single ones (line 1, column 18)",
        "answers.json | {\"symptoms\": [\"thirst\"}         | not valid JSON: unexpected '}': expected ']' (line 1, column 23)",
        "answers.json | {\"temperature-c\": 30 \"diet\": 1} | not valid JSON: unexpected '\"': expected ',' between two answers (or a closing bracket) (line 1, column 22)",
        "answers.json | {\"temperature-c\": 30} {}           | not valid JSON: more after the answers: put every answer in one {...} (line 1, column 24)",
        "answers.json | {\"temperature-c\": NaN}             | not valid JSON: NaN is not a number JSON allows (line 1, column 22)",
        "answers.yaml | `symptoms: [thirst\n`                | not valid YAML: expected ',' or ']', but got the end of the text (line 2, column 1)",
        "answers.yaml | `temperature-c: 30\n diet: vegan\n`  | not valid YAML: unexpected ':' (put text holding \": \" in quotes, and check the indentation) (line 2, column 6)",
        "answers.yaml | `\ttemperature-c: 30\n`              | not valid YAML: a tab: indent with spaces (line 1, column 1)",
        "answers.yaml | `diet: \"vegan\n`                     | not valid YAML: the text ends inside a quoted text (a closing quote is missing) (line 2, column 1)",
      })
  void aSyntaxErrorIsOneLineInPlainWordsWithWhereItIs(String name, String text, String expected)
      throws Exception {
    Path file =
        Files.writeString(dir.resolve(name), text.replace("\\n", "\n").replace("\\t", "\t"));

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(file + ": " + expected)
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .doesNotContain(
                        "[Source", "(code ", "`", "line:", "\n", "START_", "Exception"));
  }

  @Test
  void aYamlAliasIsRefusedNamingTheQuestionNotReadAsItsName() throws Exception {
    // Jackson reads *x as the text "x": "months-running: "x" is not a number" blamed the runner's 3
    Path file = Files.writeString(dir.resolve("answers.yaml"), "diet: &x 3\nmonths-running: *x\n");
    Path inList = Files.writeString(dir.resolve("list.yaml"), "symptoms: [&s thirst, *s]\n");

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(
            file
                + ": months-running: YAML aliases (*x) are not allowed in an answers file;"
                + " write the value itself (line 2)");
    assertThatThrownBy(() -> reader.read(inList))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(
            inList
                + ": symptoms: YAML aliases (*s) are not allowed in an answers file;"
                + " write the value itself (line 1)");
  }

  /**
   * A value or id with a line break, or a terminal's escape sequence, must not break the line or
   * colour it.
   */
  @Test
  void controlCharactersInAValueOrAnIdAreShownEscaped() throws Exception {
    Path value =
        Files.writeString(dir.resolve("value.json"), "{\"diet\": \"vegan\\n\\u001b[31mred\"}");
    Path id = Files.writeString(dir.resolve("id.json"), "{\"diet\\nx\": \"vegan\"}");

    assertThatThrownBy(() -> reader.read(value))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageStartingWith(value + ": diet: \"vegan\\n\\u001b[31mred\" is not one of: ");
    assertThatThrownBy(() -> reader.read(id))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(id + ": diet\\nx: unknown question (did you mean diet?)");
  }

  @Test
  void aFileSavedWithAByteOrderMarkIsRead() throws Exception {
    Path file = dir.resolve("windows.json");
    Files.writeString(file, "\uFEFF{\"temperature-c\": 31}");

    assertThat(reader.read(file).get("temperature-c")).isPresent();
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.json");

    assertThatThrownBy(() -> reader.read(missing))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void validAnswersOfEveryTypeAreRead() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("a.json"),
            """
        {"temperature-c": 30.5, "runs-per-week": 4, "lifts-heavy": "yes",
         "usual-effort": "hard", "symptoms": ["thirst", "thirst", "dizziness"],
         "diet": null, "iron-test": "unknown"}
        """);

    Answers answers = reader.read(file);

    assertThat(answers.get("temperature-c")).contains(new GivenAnswer.Number(30.5));
    assertThat(answers.get("runs-per-week")).contains(new GivenAnswer.Number(4));
    assertThat(answers.get("lifts-heavy")).contains(new GivenAnswer.Flag(true));
    assertThat(answers.get("usual-effort")).contains(new GivenAnswer.Choice("hard"));
    assertThat(answers.get("symptoms"))
        .contains(new GivenAnswer.Choices(List.of("thirst", "dizziness")));
    assertThat(answers.unknown()).containsExactly("diet", "iron-test");
    assertThat(answers.get("diet")).isEmpty();
  }

  @Test
  void yamlAnswerFilesAreReadToo() throws Exception {
    Path file = Files.writeString(dir.resolve("a.yaml"), "temperature-c: 28\nsymptoms: [thirst]\n");

    assertThat(reader.read(file).facts())
        .extracting(f -> f.question() + "=" + f.value())
        .containsExactly("temperature-c=28", "symptoms=thirst");
  }

  @Test
  void aYamlNumberWithALeadingZeroMeansWhatItSaysNotOctal() throws Exception {
    // YAML 1.1 reads 0031 as octal 25: 31 °C is hot, 25 °C is not.
    Path leadingZero = Files.writeString(dir.resolve("zero.yaml"), "temperature-c: 0031\n");
    Path hex = Files.writeString(dir.resolve("hex.yaml"), "temperature-c: 0x1E\n");

    assertThat(reader.read(leadingZero).facts())
        .extracting(f -> f.question() + "=" + f.value())
        .containsExactly("temperature-c=31");
    assertThatThrownBy(() -> reader.read(hex))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageStartingWith(hex + ": temperature-c: \"0x1E\"");
  }

  @Test
  void aSavedListOfChoicesKeepsTheChoicesThatStillFit() throws Exception {
    var saved =
        new ObjectMapper()
            .readTree(
                "{\"symptoms\": [\"chest-pain\", \"renamed-symptom\"], \"diet\": \"paleo\", \"lifts-heavy\": true}");
    List<String> leftOut = new ArrayList<>();

    Answers answers = reader.validOnes("saved.json", saved, leftOut);

    // the chest pain stays (a red flag must not go with a renamed choice); a single choice that no
    // longer fits is left out whole, to be asked again
    assertThat(answers.get("symptoms")).contains(new GivenAnswer.Choices(List.of("chest-pain")));
    assertThat(answers.get("diet")).isEmpty();
    assertThat(answers.get("lifts-heavy")).isPresent();
    assertThat(leftOut)
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).startsWith("saved.json: symptoms: \"renamed-symptom\""));
  }

  @Test
  void aSavedListWhoseChoicesAllNoLongerFitIsNotReadAsNone() throws Exception {
    var saved = new ObjectMapper().readTree("{\"symptoms\": [\"renamed-symptom\"]}");

    assertThat(reader.validOnes("saved.json", saved, new ArrayList<>()).get("symptoms")).isEmpty();
  }

  @Test
  void noneAndChoicesInAnyCaseReadAsAtThePrompt() throws Exception {
    Path none =
        Files.writeString(
            dir.resolve("none.json"), "{\"symptoms\": \"none\", \"usual-effort\": \"Hard\"}");
    Path listed = Files.writeString(dir.resolve("listed.json"), "{\"symptoms\": [\"NONE\"]}");
    Path mixed =
        Files.writeString(dir.resolve("mixed.json"), "{\"symptoms\": [\"none\", \"chest-pain\"]}");

    assertThat(reader.read(none).get("symptoms")).contains(new GivenAnswer.Choices(List.of()));
    assertThat(reader.read(none).get("usual-effort")).contains(new GivenAnswer.Choice("hard"));
    assertThat(reader.read(listed).get("symptoms")).contains(new GivenAnswer.Choices(List.of()));
    // none beside chest pain is a contradiction, not a reason to drop either
    assertThatThrownBy(() -> reader.read(mixed))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageStartingWith(
            mixed + ": symptoms: [\"none\",\"chest-pain\"] has none together with a choice");
  }

  @Test
  void aListOfChoicesWrittenAsOneTextWithCommasReadsAsAtThePrompt() throws Exception {
    Path listed =
        Files.writeString(dir.resolve("listed.json"), "{\"symptoms\": \"thirst, Chest Pain\"}");
    Path misspelt =
        Files.writeString(dir.resolve("misspelt.json"), "{\"symptoms\": \"thirst, chest-pian\"}");
    Path mixed =
        Files.writeString(dir.resolve("mixed.json"), "{\"symptoms\": \"none, chest-pain\"}");

    assertThat(reader.read(listed).get("symptoms"))
        .contains(new GivenAnswer.Choices(List.of("thirst", "chest-pain")));
    Path spelled =
        Files.writeString(
            dir.resolve("spelled.json"), "{\"symptoms\": [\"chest pain\", \"darkurine\"]}");
    assertThat(reader.read(spelled).get("symptoms"))
        .contains(new GivenAnswer.Choices(List.of("chest-pain", "dark-urine")));
    assertThatThrownBy(() -> reader.read(misspelt))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageStartingWith(misspelt + ": symptoms: \"chest-pian\" is not one of:");
    assertThatThrownBy(() -> reader.read(mixed))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageContaining("has none together with a choice");
  }

  @Test
  void anIdAsABatchLineCarriesItNamesTheRunnerAndAnswersNothing() throws Exception {
    Path line =
        Files.writeString(
            dir.resolve("line.json"), "{\"id\": \"runner-7\", \"temperature-c\": 30}");

    Answers answers = reader.read(line);

    assertThat(answers.given()).containsOnlyKeys("temperature-c");
    assertThat(answers.unknown()).isEmpty();
  }

  @Test
  void rangesComeFromTheCatalogue() throws Exception {
    Question temperature = ShippedKbase.get().questions().find("temperature-c").orElseThrow();

    assertThat(temperature.rangeText()).isEqualTo("-30..50 °C");
  }
}
