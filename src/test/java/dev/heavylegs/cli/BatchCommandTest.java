package dev.heavylegs.cli;

import static dev.heavylegs.cli.CliTest.heavylegs;
import static dev.heavylegs.cli.CliTest.withInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heavylegs.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heavylegs batch}: one output line per input line, in order, whatever the lines hold. */
class BatchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What an earlier batch wrote: a file the next batch may replace. */
  private static final String LAST_WEEKS_REPORTS =
      "{\"id\":1,\"causes\":[],\"conditions\":[]}\n"
          + "{\"id\":2,\"line\":2,\"error\":\"not valid JSON\"}\n";

  @TempDir Path tmp;

  private static List<String> profiles(int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = i % 7 == 0 ? "\"runner-" + i + "\"" : Integer.toString(i);
      lines.add(
          switch (i % 5) {
            case 0 -> "{\"id\": " + id + ", \"temperature-c\": 31, \"symptoms\": [\"thirst\"]}";
            case 1 -> "{\"id\": " + id + ", \"shoe-distance-km\": 900, \"symptoms\": []}";
            case 2 ->
                "{\"id\": "
                    + id
                    + ", \"symptoms\": [\"one-sided-calf-swelling\"], \"months-running\": 3}";
            case 3 ->
                "{\"id\": "
                    + id
                    + ", \"diet\": \"vegan\", \"iron-rich-meals-per-week\": 2, \"symptoms\": [\"chronic-fatigue\"]}";
            default -> "{\"id\": " + id + ", \"symptoms\": [], \"temperature-c\": 10}";
          });
    }
    return lines;
  }

  private static List<JsonNode> parse(String out) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.split("\n")) {
      records.add(JSON.readTree(line));
    }
    return records;
  }

  @Test
  void aLineThatIsNotJsonIsExplainedInPlainWordsWithItsColumn() throws IOException {
    Run run = withInput("{\"id\": 1, \"months-running\": 3,}\n{\"id\": 2 \"x\": 1}\n", "batch");

    List<JsonNode> records = parse(run.out());
    assertThat(records.get(0).path("error").asText())
        .isEqualTo(
            "not valid JSON: unexpected '}': expected a question id in double quotes (or a comma too"
                + " many before it) (column 31)");
    assertThat(records.get(1).path("error").asText())
        .startsWith("not valid JSON: unexpected '\"'")
        .doesNotContain("code 34")
        .doesNotContain("Source");
  }

  @Test
  void everyLineGetsOneRecordInOrderWithItsIdAndMalformedLinesGetAnErrorRecord()
      throws IOException {
    List<String> lines = profiles(600);
    lines.set(10, "not json");
    lines.set(20, "{\"id\": 20, \"usual-effort\": \"brutal\"}");
    lines.set(30, "[1, 2]");
    lines.set(40, "");
    Run run = withInput(String.join("\n", lines) + "\n", "batch", "--threads", "2");

    assertThat(run.exitCode()).isZero();
    List<JsonNode> records = parse(run.out());
    assertThat(records).hasSize(600);
    for (int i = 0; i < 600; i++) {
      JsonNode record = records.get(i);
      if (List.of(10, 20, 30, 40).contains(i)) {
        assertThat(record.path("line").asInt()).isEqualTo(i + 1);
        assertThat(record.path("error").asText()).isNotBlank();
      } else {
        String expected = i % 7 == 0 ? "runner-" + i : Integer.toString(i);
        assertThat(record.path("id").asText()).as("line %d", i + 1).isEqualTo(expected);
        assertThat(record.has("error")).isFalse();
      }
    }
    assertThat(records.get(20).path("id").asInt()).isEqualTo(20);
    assertThat(records.get(20).path("error").asText())
        .isEqualTo("line 21: usual-effort: \"brutal\" is not one of: easy, moderate, hard");
    assertThat(run.err()).startsWith("batch: 600 profiles, 4 errors, ");
  }

  @Test
  void idsAndErrorsInAnyScriptComeBackAsTheyWereWritten() {
    Run run =
        withInput(
            "{\"id\": \"Zoë 🏃\", \"temperature-c\": \"chaud ☀\"}\n"
                + "{\"id\": \"Łukasz 🏔\", \"months-running\": 3}\n",
            "batch",
            "--no-explain");

    assertThat(run.exitCode()).isZero();
    // UTF-8 as written, not escaped: a reader that greps for the id finds it.
    assertThat(run.out().lines().toList())
        .satisfiesExactly(
            error ->
                assertThat(error)
                    .startsWith("{\"id\":\"Zoë 🏃\",\"line\":1,\"error\":")
                    .contains("\\\"chaud ☀\\\" is not a number"),
            report -> assertThat(report).startsWith("{\"id\":\"Łukasz 🏔\",\"causes\":"));
  }

  @Test
  void atATerminalProgressAndRateAreShownOnStderrAndClearedAtTheEnd() throws IOException {
    String input = String.join("\n", profiles(10_000)) + "\n";
    System.setProperty("heavylegs.stderr.tty", "true");
    Run shown;
    try {
      shown = withInput(input, "batch", "--summary");
    } finally {
      System.clearProperty("heavylegs.stderr.tty");
    }
    Run plain = withInput(input, "batch", "--summary");

    assertThat(shown.err())
        .matches(
            "(?s)\\r10,000 profiles, [0-9,]+ profiles/s\\.\\.\\.\\r\\u001b\\[K"
                + "batch: 10000 profiles, 0 errors, .*");
    assertThat(plain.err())
        .as("stderr is not a terminal")
        .startsWith("batch: 10000 profiles, 0 errors, ")
        .doesNotContain("\r");
  }

  @Test
  void aClosedStandardOutputStopsTheBatchWithOneLine() {
    String input = String.join("\n", profiles(20_000)) + "\n";
    java.io.OutputStream closedPipe =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    StandardInput stdin =
        new StandardInput(
            new java.io.ByteArrayInputStream(
                input.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            false);

    int code =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(30),
            () ->
                Cli.run(
                    new String[] {"batch"},
                    stdin,
                    new java.io.PrintStream(closedPipe),
                    new java.io.PrintStream(err)));

    assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).isEqualTo("heavylegs: standard output was closed\n");
  }

  @Test
  void aBatchThatStopsHalfWayLeavesNoHalfWrittenFile() throws IOException {
    Path out = tmp.resolve("reports.jsonl");
    Files.writeString(out, LAST_WEEKS_REPORTS);
    byte[] lines =
        (String.join("\n", profiles(5_000)) + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.io.InputStream failingHalfWay =
        new java.io.ByteArrayInputStream(lines, 0, lines.length / 2) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            if (n < 0) {
              throw new java.io.UncheckedIOException(new IOException("the disk went away"));
            }
            return n;
          }
        };
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

    int code =
        Cli.run(
            new String[] {"batch", "--out", out.toString()},
            new StandardInput(failingHalfWay, false),
            new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
            new java.io.PrintStream(err));

    assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("the disk went away");
    assertThat(Files.readString(out)).isEqualTo(LAST_WEEKS_REPORTS);
    try (var left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("reports.jsonl");
    }
    // and a batch that goes through replaces it
    Run run = withInput(String.join("\n", profiles(3)) + "\n", "batch", "--out", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(3);
  }

  @Test
  void aRecordHoldsWhatAConsultationConcludesWithExplanationsUnlessLeftOut() throws IOException {
    String profile =
        "{\"id\": 7, \"temperature-c\": 31, \"symptoms\": [\"thirst\", \"one-sided-calf-swelling\"]}";
    JsonNode record = JSON.readTree(withInput(profile + "\n", "batch").out());
    JsonNode lean = JSON.readTree(withInput(profile + "\n", "batch", "--no-explain").out());

    assertThat(record.path("causes").get(0).path("id").asText()).isEqualTo("hot-weather");
    assertThat(record.path("causes").get(0).path("strength").asInt()).isEqualTo(4);
    assertThat(record.path("referrals").get(0).path("id").asText()).isEqualTo("possible-dvt");
    assertThat(record.path("referrals").get(0).path("urgency").asText()).isEqualTo("urgent");
    assertThat(record.path("recommendations").toString()).contains("drink-plenty");
    assertThat(record.path("redFlagsChecked").asBoolean()).isTrue();
    assertThat(record.path("causes").get(0).path("explanation").get(0).path("rule").asText())
        .startsWith("CAUSE-HOT-WEATHER-");
    assertThat(lean.toString()).doesNotContain("explanation");
    assertThat(lean.path("conditions").toString()).contains("\"hot-conditions\"");

    Path file = tmp.resolve("one.json");
    Files.writeString(file, profile.replace("\"id\": 7, ", ""));
    JsonNode consult =
        JSON.readTree(heavylegs("consult", "--answers", file.toString(), "--format", "json").out());
    assertThat(consult.path("causes").get(0).path("strength"))
        .isEqualTo(record.path("causes").get(0).path("strength"));
  }

  @Test
  void anExplanationNamesTheSameRulesAndPremisesAsTheConsultationAndEveryPremiseIsInTheRecord()
      throws IOException {
    String answers =
        "{\"symptoms\": [\"thirst\", \"muscle-cramps\", \"chest-pain\"], \"temperature-c\": 29,"
            + " \"daily-fluid-litres\": 1.2, \"shoe-distance-km\": 900, \"diet\": \"vegan\","
            + " \"iron-rich-meals-per-week\": 2, \"months-running\": 4, \"runs-per-week\": 6}";
    JsonNode record = JSON.readTree(withInput(answers + "\n", "batch").out());
    Path file = tmp.resolve("rich.json");
    Files.writeString(file, answers);
    JsonNode consult =
        JSON.readTree(heavylegs("consult", "--answers", file.toString(), "--format", "json").out());

    for (String list : List.of("causes", "conditions", "referrals")) {
      assertThat(record.path(list)).as(list).isNotEmpty();
      for (JsonNode full : consult.path(list)) {
        JsonNode flat = find(record.path(list), full.path("id").asText());
        assertThat(flat)
            .as("%s %s in the batch record", list, full.path("id").asText())
            .isNotNull();
        assertThat(oneLevel(flat.path("explanation")))
            .as("%s %s", list, full.path("id").asText())
            .isEqualTo(oneLevel(full.path("explanation")));
      }
    }
    // The rule ids can be looked up in the rule list.
    JsonNode rules = JSON.readTree(heavylegs("rules", "--json").out());
    assertThat(record.path("causes").get(0).path("explanation").get(0).path("rule").asText())
        .isIn(rules.findValuesAsText("id"));
    // Each condition or cause a rule rested on has its own entry, so the chain reaches the answers.
    for (JsonNode item :
        (Iterable<JsonNode>)
            () ->
                java.util.stream.Stream.of("causes", "conditions", "referrals")
                    .flatMap(
                        l ->
                            java.util.stream.StreamSupport.stream(
                                record.path(l).spliterator(), false))
                    .iterator()) {
      for (JsonNode reason : item.path("explanation")) {
        for (JsonNode premise : reason.path("because")) {
          if (premise.has("condition")) {
            assertThat(find(record.path("conditions"), premise.path("condition").asText()))
                .as(premise.toString())
                .isNotNull();
          } else if (premise.has("cause")) {
            assertThat(find(record.path("causes"), premise.path("cause").asText()))
                .as(premise.toString())
                .isNotNull();
          } else {
            assertThat(premise.has("question") && premise.has("value"))
                .as(premise.toString())
                .isTrue();
          }
        }
      }
    }
  }

  private static JsonNode find(JsonNode items, String id) {
    for (JsonNode item : items) {
      if (item.path("id").asText().equals(id)) {
        return item;
      }
    }
    return null;
  }

  /** Each reason as "rule: premise, premise", the premises named as in a batch record. */
  private static List<String> oneLevel(JsonNode explanation) {
    List<String> reasons = new java.util.ArrayList<>();
    for (JsonNode reason : explanation) {
      JsonNode rule = reason.path("rule");
      StringBuilder line =
          new StringBuilder(rule.isTextual() ? rule.asText() : rule.path("id").asText())
              .append(':');
      for (JsonNode premise : reason.path("because")) {
        line.append(' ');
        if (premise.has("question")) {
          line.append(premise.path("question").asText())
              .append('=')
              .append(premise.path("value").asText());
        } else {
          String kind =
              premise.has("condition") ? "condition" : premise.has("cause") ? "cause" : "referral";
          line.append(kind).append('=').append(premise.path(kind).asText());
        }
      }
      reasons.add(line.toString());
    }
    return reasons;
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndsAreRead() throws IOException {
    List<JsonNode> records =
        parse(
            withInput("\uFEFF{\"id\": 1, \"temperature-c\": 31}\r\n{\"id\": 2}\r\n", "batch")
                .out());

    assertThat(records).hasSize(2);
    assertThat(records.get(0).has("error")).as(records.get(0).toString()).isFalse();
    assertThat(records.get(0).path("conditions").toString()).contains("hot-conditions");
    assertThat(records.get(1).path("id").asInt()).isEqualTo(2);
  }

  @Test
  void aProfileWithoutTheRedFlagQuestionSaysRedFlagsWereNotChecked() throws IOException {
    JsonNode record = JSON.readTree(withInput("{\"temperature-c\": 31}\n", "batch").out());

    assertThat(record.has("id")).isFalse();
    assertThat(record.path("redFlagsChecked").asBoolean()).isFalse();
  }

  @Test
  void summaryCountsHowOftenEachConclusionCameOut() throws IOException {
    List<String> lines = profiles(100);
    lines.add("broken");
    Run run = withInput(String.join("\n", lines) + "\n", "batch", "--summary");

    JsonNode summary = JSON.readTree(run.out());
    assertThat(summary.path("profiles").asInt()).isEqualTo(101);
    assertThat(summary.path("errors").asInt()).isEqualTo(1);
    assertThat(summary.path("causes").path("hot-weather").asInt()).isEqualTo(20);
    assertThat(summary.path("causes").path("wrong-shoes").asInt()).isEqualTo(20);
    assertThat(summary.path("referrals").path("possible-dvt (urgent)").asInt()).isEqualTo(20);
  }

  @Test
  void filesInAndOut() throws IOException {
    Path in = tmp.resolve("in.jsonl");
    Path out = tmp.resolve("out.jsonl");
    Files.write(in, profiles(50));

    Run run = heavylegs("batch", "--in", in.toString(), "--out", out.toString(), "--no-explain");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readAllLines(out)).hasSize(50);
  }

  @Test
  void aMissingInputFileIsAOneLineError() {
    Run run = heavylegs("batch", "--in", tmp.resolve("nope.jsonl").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope.jsonl: no such file").doesNotContain("\tat ");
  }
}
