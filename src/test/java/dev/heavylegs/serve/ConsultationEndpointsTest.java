package dev.heavylegs.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.batch.BatchRunner;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.interview.dialogue.InterviewText;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.Question;
import dev.heavylegs.relevance.RuleAssessment;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import dev.heavylegs.report.write.JsonReportWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every endpoint over real HTTP, against what the command line gives for the same answers. */
class ConsultationEndpointsTest {

  private static final String HOT =
      "{\"temperature-c\": 31, \"run-duration-min\": 90, \"fluids-during-runs\": false,"
          + " \"replaces-electrolytes\": false}";

  private final Http http = ShippedService.client();
  private final KnowledgeBase kb = ShippedKbase.get();

  private static String consultation(String answers) {
    return "{\"answers\": " + answers + "}";
  }

  @Test
  void theFirstStepAsksTheRedFlagScreeningQuestionTheInterviewWouldAskAndSaysWhy()
      throws IOException {
    Http.Reply reply = http.postJson("/api/v1/consultations", consultation("{}"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    JsonNode doc = reply.json();
    Answers none = TestAnswers.of("{}");
    RuleAssessment open = new RuleAssessment(kb, none, Consultation.run(kb, none));
    Question first = open.questionsThatMatter().get(0);
    assertThat(open.screensForRedFlags(first.id())).isTrue();
    assertThat(doc.path("nextQuestion").path("id").asText()).isEqualTo(first.id());
    assertThat(doc.path("nextQuestion").path("why").asText())
        .isEqualTo(new InterviewText(kb).why(first, open));
    assertThat(doc.path("nextQuestion").path("whyShort").asText())
        .isEqualTo(new InterviewText(kb).whyShort(first, open))
        .doesNotContain("\n")
        .endsWith(".");
    assertThat(doc.path("nextQuestion").path("choices").size()).isEqualTo(first.choices().size());
    assertThat(doc.path("progress").path("answered").asInt()).isZero();
    assertThat(doc.path("progress").path("toGo").asInt())
        .isEqualTo(open.questionsThatMatter().size() - 1);
    assertThat(doc.path("shouldStop").asBoolean()).isFalse();
    assertThat(doc.path("kbaseVersion").asText()).isEqualTo(kb.contentHash());
    assertThat(reply.header("X-Kbase-Version")).isEqualTo(kb.contentHash());
  }

  @Test
  void theReportIsTheOneConsultFormatJsonPrints() throws IOException {
    JsonNode doc = http.postJson("/api/v1/consultations", consultation(HOT)).json();

    Answers answers = TestAnswers.of(HOT);
    Inference inference = Consultation.run(kb, answers);
    Report report = new ReportBuilder(kb).build(inference, answers);
    JsonNode expected = Http.JSON.readTree(new JsonReportWriter().write(report));
    assertThat(doc.path("report")).isEqualTo(expected);
    assertThat(doc.path("report").path("causes").get(0).path("id").asText())
        .isEqualTo("hot-weather");
  }

  @Test
  void theReportCarriesItsSectionHeadingsFromTheKbaseInTheOrderShown() {
    JsonNode sections = http.postJson("/api/v1/consultations", consultation(HOT)).json();
    sections = sections.path("report").path("sections");

    assertThat(sections.get(0).path("id").asText()).isEqualTo("red-flags");
    // No red-flag question answered: the first section says they were not checked.
    assertThat(sections.get(0).path("heading").asText())
        .isEqualTo(kb.reportWording().headings().get("red-flags-not-checked"));
    List<String> headings = new ArrayList<>();
    sections.forEach(s -> headings.add(s.path("id").asText() + "=" + s.path("heading").asText()));
    assertThat(headings)
        .contains(
            "summary=" + kb.reportWording().headings().get("summary"),
            "causes=" + kb.reportWording().headings().get("causes"));
  }

  @Test
  void aNumberQuestionListsTheUnitsItMayBeAnsweredInAndTakesAnswersInThem() {
    JsonNode questions = http.get("/api/v1/questions").json().path("questions");
    List<String> months = new ArrayList<>();
    List<String> temperature = new ArrayList<>();
    for (JsonNode q : questions) {
      if (q.path("id").asText().equals("months-running")) {
        q.path("units").forEach(u -> months.add(u.asText()));
      }
      if (q.path("id").asText().equals("temperature-c")) {
        q.path("units").forEach(u -> temperature.add(u.asText()));
      }
    }
    assertThat(months).containsExactly("months", "weeks", "years");
    assertThat(temperature).containsExactly("°C", "F");

    JsonNode hot =
        http.postJson(
                "/api/v1/consultations",
                consultation(HOT.replace("\"temperature-c\": 31", "\"temperature-c\": \"88 F\"")))
            .json();
    assertThat(hot.path("report").path("causes").get(0).path("id").asText())
        .isEqualTo("hot-weather");
  }

  @Test
  void aRedFlagStopsTheInterviewUntilTheRunnerGoesOnPastIt() {
    String answers = "{\"symptoms\": [\"chest-pain\"]}";
    JsonNode raised = http.postJson("/api/v1/consultations", consultation(answers)).json();

    assertThat(raised.path("redFlags").size()).isPositive();
    String flag = raised.path("redFlags").get(0).path("id").asText();
    assertThat(raised.path("newRedFlags").get(0).asText()).isEqualTo(flag);
    assertThat(raised.path("shouldStop").asBoolean()).isTrue();

    JsonNode goneOn =
        http.postJson(
                "/api/v1/consultations",
                "{\"answers\": " + answers + ", \"acknowledgedRedFlags\": [\"" + flag + "\"]}")
            .json();
    assertThat(goneOn.path("newRedFlags").size()).isZero();
    assertThat(goneOn.path("redFlags").size()).isEqualTo(raised.path("redFlags").size());
    assertThat(goneOn.path("shouldStop").asBoolean()).isFalse();
    assertThat(goneOn.path("nextQuestion").path("id").asText()).isNotEqualTo("symptoms");
  }

  @Test
  void answersTakeTheAnswerFilesUnitsAndAQuestionNotKnownIsNotAskedAgain() {
    Http.Reply reply =
        http.postJson(
            "/api/v1/consultations",
            "{\"answers\": {\"months-running\": \"3 weeks\", \"symptoms\": []},"
                + " \"unknown\": [\"temperature-c\"]}");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode doc = reply.json();
    assertThat(doc.path("progress").path("answered").asInt()).isEqualTo(3);
    assertThat(doc.path("nextQuestion").path("id").asText())
        .isNotIn("months-running", "symptoms", "temperature-c");
    Answers answers =
        TestAnswers.of(
            "{\"months-running\": \"3 weeks\", \"symptoms\": [], \"temperature-c\": \"unknown\"}");
    assertThat(doc.path("nextQuestion").path("id").asText())
        .isEqualTo(
            new RuleAssessment(kb, answers, Consultation.run(kb, answers))
                .questionsThatMatter()
                .get(0)
                .id());
  }

  @Test
  void whenNothingIsLeftToAskTheInterviewStops() {
    // every question answered: nothing can change the report any more
    StringBuilder all = new StringBuilder("{");
    JsonNode questions = http.get("/api/v1/questions").json().path("questions");
    List<String> pairs = new ArrayList<>();
    for (JsonNode q : questions) {
      pairs.add("\"" + q.path("id").asText() + "\": \"unknown\"");
    }
    all.append(String.join(", ", pairs)).append('}');
    JsonNode doc = http.postJson("/api/v1/consultations", consultation(all.toString())).json();
    assertThat(doc.path("nextQuestion").isNull()).isTrue();
    assertThat(doc.path("shouldStop").asBoolean()).isTrue();
    assertThat(doc.path("progress").path("toGo").asInt()).isZero();
  }

  @Test
  void theInterviewIdIsEchoed() {
    Http.Reply reply =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/v1/consultations"))
                .header("Content-Type", "application/json")
                .header("X-Interview-Id", "7f3a")
                .POST(HttpRequest.BodyPublishers.ofString(consultation("{}"))));
    assertThat(reply.header("X-Interview-Id")).isEqualTo("7f3a");
  }

  @Test
  void explainSaysHowAConclusionWasReachedWithTheWordsOfHow() {
    JsonNode doc =
        http.postJson("/api/v1/explain", "{\"answers\": " + HOT + ", \"target\": \"hot-weather\"}")
            .json();

    assertThat(doc.path("concluded").asBoolean()).isTrue();
    assertThat(doc.path("kind").asText()).isEqualTo("cause");
    Answers answers = TestAnswers.of(HOT);
    Report report = new ReportBuilder(kb).build(Consultation.run(kb, answers), answers);
    assertThat(doc.path("text").asText())
        .isEqualTo(new InterviewText(kb).how(report.find("cause", "hot-weather").orElseThrow()));
    assertThat(doc.path("how").get(0).path("rule").path("id").asText()).isNotBlank();
  }

  @Test
  void explainSaysWhyNotWithTheWordsOfWhyNot() {
    JsonNode doc =
        http.postJson("/api/v1/explain", "{\"answers\": " + HOT + ", \"target\": \"beginner\"}")
            .json();

    assertThat(doc.path("concluded").asBoolean()).isFalse();
    assertThat(doc.has("how")).isFalse();
    Answers answers = TestAnswers.of(HOT);
    ConclusionRef beginner =
        kb.rules().all().stream()
            .flatMap(r -> r.conclusionsMade().stream())
            .filter(c -> c.id().equals("beginner"))
            .findFirst()
            .orElseThrow();
    assertThat(doc.path("text").asText())
        .isEqualTo(
            new InterviewText(kb)
                .whyNot(beginner, new RuleAssessment(kb, answers, Consultation.run(kb, answers))));
  }

  @Test
  void whatIfSaysWhatWouldChangeAndKeepsNothing() {
    JsonNode doc =
        http.postJson(
                "/api/v1/what-if",
                "{\"answers\": " + HOT + ", \"changes\": {\"temperature-c\": 10}}")
            .json();

    assertThat(doc.path("changes").get(0).path("question").asText()).isEqualTo("temperature-c");
    assertThat(doc.path("changes").get(0).path("from").asText()).isEqualTo("31 °C");
    assertThat(doc.path("changes").get(0).path("to").asText()).isEqualTo("10 °C");
    assertThat(doc.path("lost").findValuesAsText("id")).contains("hot-weather");
    assertThat(doc.path("text").asText())
        .startsWith("What if temperature-c = 10 °C (a what-if: your answers stay as they are)");
    assertThat(doc.path("report").path("causes").findValuesAsText("id"))
        .doesNotContain("hot-weather");
  }

  @Test
  void questionsListTheCatalogue() {
    JsonNode doc = http.get("/api/v1/questions").json();
    assertThat(doc.path("questions").size()).isEqualTo(ShippedKbase.questionCount());
    JsonNode temperature = null;
    for (JsonNode q : doc.path("questions")) {
      if (q.path("id").asText().equals("temperature-c")) {
        temperature = q;
      }
    }
    assertThat(temperature).isNotNull();
    assertThat(temperature.path("type").asText()).isEqualTo("number");
    assertThat(temperature.path("unit").asText()).isEqualTo("°C");
    assertThat(temperature.has("why")).isFalse();
  }

  @Test
  void rulesListEveryRuleAsRulesJsonDoes() {
    JsonNode doc = http.get("/api/v1/rules").json();
    assertThat(doc.path("kbaseVersion").asText()).isEqualTo(kb.contentHash());
    assertThat(doc.path("rules").size()).isEqualTo(kb.rules().all().size());
    JsonNode first = doc.path("rules").get(0);
    assertThat(first.path("id").asText()).isEqualTo(kb.rules().all().iterator().next().id());
    assertThat(first.has("stage")).isTrue();
    assertThat(first.has("concludes")).isTrue();
  }

  @Test
  void healthSaysWhichKnowledgeBaseServes() {
    JsonNode doc = http.get("/api/v1/health").json();
    assertThat(doc.path("status").asText()).isEqualTo("ok");
    assertThat(doc.path("kbaseVersion").asText()).isEqualTo(kb.contentHash());
    assertThat(doc.path("rules").asInt()).isEqualTo(kb.rules().all().size());
    assertThat(doc.path("questions").asInt()).isEqualTo(ShippedKbase.questionCount());
  }

  @Test
  void aBatchGivesTheRecordsHeavylegsBatchWrites() throws IOException {
    String lines =
        "{\"id\": 1, \"temperature-c\": 31, \"symptoms\": [\"thirst\"]}\n"
            + "not json\n"
            + "{\"id\": \"b\", \"shoe-distance-km\": 900, \"symptoms\": []}\n";

    Http.Reply reply = http.post("/api/v1/batch", "application/x-ndjson", lines);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/x-ndjson");
    assertThat(reply.body()).isEqualTo(batch(lines, true, false));
    assertThat(reply.body().lines()).hasSize(3);

    assertThat(http.post("/api/v1/batch?explain=false", "application/x-ndjson", lines).body())
        .isEqualTo(batch(lines, false, false));
    assertThat(http.post("/api/v1/batch?summary=true", "application/x-ndjson", lines).body())
        .isEqualTo(batch(lines, true, true) + "\n");
  }

  private String batch(String lines, boolean explain, boolean summary) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BatchRunner(kb, new BatchRunner.Options(1, explain, summary))
        .run(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), out, n -> {});
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theOpenApiDocumentIsServed() {
    Http.Reply reply = http.get("/api/v1/openapi.json");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void theWebPageIsServedAtTheRoot() {
    assumeTrue(
        HttpService.class.getResource("/web/index.html") != null,
        "the web page (src/main/resources/web) is not in this build");
    Http.Reply reply = http.get("/");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/html");
  }

  private String base() {
    return http.get("/api/v1/health").raw().uri().resolve("/").toString().replaceAll("/$", "");
  }
}
