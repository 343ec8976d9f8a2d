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

  @TempDir
  Path tmp;

  private static List<String> profiles(int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = i % 7 == 0 ? "\"runner-" + i + "\"" : Integer.toString(i);
      lines.add(switch (i % 5) {
        case 0 -> "{\"id\": " + id + ", \"temperature-c\": 31, \"symptoms\": [\"thirst\"]}";
        case 1 -> "{\"id\": " + id + ", \"shoe-distance-km\": 900, \"symptoms\": []}";
        case 2 -> "{\"id\": " + id + ", \"symptoms\": [\"one-sided-calf-swelling\"], \"months-running\": 3}";
        case 3 -> "{\"id\": " + id + ", \"diet\": \"vegan\", \"iron-rich-meals-per-week\": 2, \"symptoms\": [\"chronic-fatigue\"]}";
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
  void everyLineGetsOneRecordInOrderWithItsIdAndMalformedLinesGetAnErrorRecord() throws IOException {
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
  void aRecordHoldsWhatAConsultationConcludesWithExplanationsUnlessLeftOut() throws IOException {
    String profile = "{\"id\": 7, \"temperature-c\": 31, \"symptoms\": [\"thirst\", \"one-sided-calf-swelling\"]}";
    JsonNode record = JSON.readTree(withInput(profile + "\n", "batch").out());
    JsonNode lean = JSON.readTree(withInput(profile + "\n", "batch", "--no-explain").out());

    assertThat(record.path("causes").get(0).path("id").asText()).isEqualTo("hot-weather");
    assertThat(record.path("causes").get(0).path("strength").asInt()).isEqualTo(4);
    assertThat(record.path("referrals").get(0).path("id").asText()).isEqualTo("possible-dvt");
    assertThat(record.path("referrals").get(0).path("urgency").asText()).isEqualTo("urgent");
    assertThat(record.path("recommendations").toString()).contains("drink-plenty");
    assertThat(record.path("redFlagsChecked").asBoolean()).isTrue();
    assertThat(record.path("causes").get(0).path("explanation").get(0).path("rule").path("id").asText())
        .startsWith("CAUSE-HOT-WEATHER-");
    assertThat(lean.toString()).doesNotContain("explanation");
    assertThat(lean.path("conditions").toString()).contains("\"hot-conditions\"");

    Path file = tmp.resolve("one.json");
    Files.writeString(file, profile.replace("\"id\": 7, ", ""));
    JsonNode consult = JSON.readTree(heavylegs("consult", "--answers", file.toString(), "--format", "json").out());
    assertThat(consult.path("causes").get(0).path("strength")).isEqualTo(record.path("causes").get(0).path("strength"));
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
