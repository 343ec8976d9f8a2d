package dev.heavylegs.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.batch.BatchRunner;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.file.AnswersReader;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import dev.heavylegs.report.write.JsonReportWriter;
import dev.heavylegs.scenarios.Scenario;
import dev.heavylegs.scenarios.ScenarioReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Same answers, same conclusions: every scenario of the shipped kbase, through the API and through
 * the command line's code paths ({@code consult --format json}: the engine, the report and its JSON
 * writer; {@code batch}: the batch runner), concludes the same causes, conditions, recommendations
 * and referrals.
 */
class ScenariosThroughTheApiTest {

  private final Http http = ShippedService.client();
  private final KnowledgeBase kb = ShippedKbase.get();

  @Test
  void everyScenarioConcludesTheSameThroughTheApiAndTheCommandLine() throws Exception {
    List<Scenario> scenarios = ScenarioReader.readAll(ShippedKbase.DIR, "kbase");
    assertThat(scenarios).hasSizeGreaterThan(50);
    StringBuilder batchLines = new StringBuilder();
    List<JsonNode> apiReports = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      String answers = Http.JSON.writeValueAsString(scenario.answers());
      Http.Reply reply = http.postJson("/api/v1/consultations", "{\"answers\": " + answers + "}");
      assertThat(reply.status()).as(scenario.toString()).isEqualTo(200);
      JsonNode report = reply.json().path("report");
      apiReports.add(report);

      Answers read =
          new AnswersReader(kb.questions()).fromTree(scenario.file(), scenario.answers());
      Report cli = new ReportBuilder(kb).build(Consultation.run(kb, read), read);
      assertThat(report)
          .as("%s: the report consult --format json prints", scenario)
          .isEqualTo(Http.JSON.readTree(new JsonReportWriter().write(cli)));
      batchLines.append(answers).append('\n');
    }

    String lines = batchLines.toString();
    Http.Reply batch = http.post("/api/v1/batch", "application/x-ndjson", lines);
    ByteArrayOutputStream cliBatch = new ByteArrayOutputStream();
    new BatchRunner(kb, new BatchRunner.Options(2, true, false))
        .run(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), cliBatch, n -> {});
    assertThat(batch.body()).isEqualTo(cliBatch.toString(StandardCharsets.UTF_8));

    List<String> records = batch.body().lines().toList();
    assertThat(records).hasSameSizeAs(scenarios);
    for (int i = 0; i < scenarios.size(); i++) {
      JsonNode record = Http.JSON.readTree(records.get(i));
      JsonNode report = apiReports.get(i);
      assertThat(ids(record.path("causes")))
          .as("%s: causes, batch and API", scenarios.get(i))
          .isEqualTo(ids(report.path("causes")));
      assertThat(ids(record.path("conditions")))
          .as("%s: conditions", scenarios.get(i))
          .containsExactlyInAnyOrderElementsOf(ids(report.path("conditions")));
      assertThat(ids(record.path("referrals")))
          .as("%s: referrals", scenarios.get(i))
          .containsExactlyInAnyOrderElementsOf(ids(report.path("referrals")));
    }
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(item -> ids.add(item.isTextual() ? item.asText() : item.path("id").asText()));
    return ids;
  }
}
